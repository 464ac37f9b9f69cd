from flask import Flask, request
from litellm import completion
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
MODEL = "groq/llama-3.1-8b-instant"


def think(question: str) -> str:
    resp = completion(model=MODEL, messages=[{"role": "user", "content": question}], temperature=0.8)
    return resp.choices[0].message.content


@app.post("/whatsapp")
def inbound():
    twiml = MessagingResponse()
    twiml.message(think(request.values.get("Body", "")))
    return str(twiml)
