"""WhatsApp assistant for Harris & Sons Plumbing & Heating (Leeds).

Twilio posts inbound WhatsApp messages to /whatsapp. We answer with OpenAI, except
when the customer replies HUMAN - then the message goes to the office phone and a
person from the team takes it from there.
"""
import os
from collections import defaultdict

from dotenv import load_dotenv
from flask import Flask, request
from openai import OpenAI
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse

load_dotenv()

SYSTEM_PROMPT = os.getenv(
    "SYSTEM_PROMPT",
    "You are a friendly, knowledgeable assistant. Keep replies brief - this is WhatsApp. "
    "Use British English.",
)

app = Flask(__name__)
oai = OpenAI()
twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ["TWILIO_WHATSAPP_NUMBER"]
OFFICE = os.environ["OFFICE_WHATSAPP"]

history: dict[str, list[dict]] = defaultdict(list)
handed_over: set[str] = set()

FOOTER = "\n\n(Reply HUMAN to speak to someone in the office.)"


def forward_to_office(customer: str, text: str) -> None:
    twilio.messages.create(
        from_=FROM,
        to=OFFICE,
        body=f"Customer {customer.replace('whatsapp:', '')} asked for a person:\n\"{text}\"\n"
        f"Please reply to them directly from the office phone.",
    )


@app.post("/whatsapp")
def inbound():
    sender = request.form["From"]
    body = request.form.get("Body", "").strip()
    resp = MessagingResponse()

    if body.upper() == "HUMAN" or sender in handed_over:
        if sender not in handed_over:
            handed_over.add(sender)
            resp.message(
                "Righto - I've passed this to the office. Someone from the team will message you back "
                "shortly (Mon-Sat 8am-6pm)."
            )
        forward_to_office(sender, body)
        return str(resp)

    msgs = history[sender]
    msgs.append({"role": "user", "content": body})
    out = oai.chat.completions.create(
        model=os.getenv("OPENAI_MODEL", "gpt-4o-mini"),
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, *msgs[-10:]],
        max_tokens=300,
    )
    answer = out.choices[0].message.content.strip()
    msgs.append({"role": "assistant", "content": answer})

    resp.message(answer + (FOOTER if len(msgs) <= 2 else ""))
    return str(resp)


@app.post("/office/release")
def release():
    """Office hits this (Shortcut on Dave's phone) to give a chat back to the bot."""
    handed_over.discard(request.form["customer"])
    return "ok"
