from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

from studybuddy.agent import agent
from studybuddy import memory

app = Flask(__name__)

WELCOME = (
    "Hi! I'm StudyBuddy 📚 Send me any question from your homework or course and I'll walk you through it. "
    "Type /new to start a fresh topic."
)


@app.post("/twilio/whatsapp")
def inbound():
    sender = request.form["From"]  # whatsapp:+44...
    body = (request.form.get("Body") or "").strip()
    resp = MessagingResponse()

    if body.lower() in {"hi", "hello", "start"}:
        resp.message(WELCOME)
        return str(resp)
    if body == "/new":
        memory.save(sender, [])
        resp.message("Fresh start ✨ What are we studying?")
        return str(resp)

    result = agent.run_sync(body, message_history=memory.load(sender))
    memory.save(sender, result.all_messages())
    resp.message(result.output)
    return str(resp)
