import json
import os

from flask import Flask, request
from heyoo import WhatsApp
from openai import OpenAI

from tools import TOOLS, transfer_to_human

app = Flask(__name__)
wa = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_ID"])
llm = OpenAI()

SYSTEM = (
    "You answer WhatsApp questions for Alpine Rent, a ski and snowboard rental shop in Innsbruck. "
    "Only discuss rental prices, sizes, opening hours and bookings; decline anything else politely."
)


@app.post("/webhook")
def hook():
    data = request.get_json()
    if not wa.get_message(data):
        return "ok"
    text, who = wa.get_message(data), wa.get_mobile(data)
    r = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
        tools=TOOLS,
    )
    choice = r.choices[0].message
    if choice.tool_calls:
        args = json.loads(choice.tool_calls[0].function.arguments)
        wa.send_message(transfer_to_human(args.get("reason", "")), who)
        return "ok"
    wa.send_message(choice.content, who)
    return "ok"
