import json
import os

from dotenv import load_dotenv
from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

load_dotenv()

from .prompts import SYSTEM_PROMPT  # noqa: E402
from . import tools  # noqa: E402

app = Flask(__name__)
client = OpenAI()


@app.post("/whatsapp")
def whatsapp():
    sender = request.form["From"]
    body = request.form.get("Body", "")
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": body}]

    for _ in range(3):
        resp = client.chat.completions.create(model="gpt-4o-mini", messages=messages, tools=tools.TOOLS)
        msg = resp.choices[0].message
        if not msg.tool_calls:
            break
        messages.append(msg)
        for call in msg.tool_calls:
            args = json.loads(call.function.arguments)
            if call.function.name == "transfer_to_billing":
                out = tools.transfer_to_billing(sender, **args)
            else:
                out = getattr(tools, call.function.name)(**args)
            messages.append({"role": "tool", "tool_call_id": call.id, "content": out})

    twiml = MessagingResponse()
    twiml.message(msg.content or "")
    return str(twiml)
