"""Website contact form: a model grades each lead, the sales team gets a WhatsApp template alert."""
import os

import requests
from flask import Flask, jsonify, request
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()
GRAPH = f"https://graph.facebook.com/v20.0/{os.getenv('WA_PHONE_ID', '')}/messages"


def grade(message):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Rate this sales enquiry as hot, warm or cold. Reply with one word."},
            {"role": "user", "content": message},
        ],
    )
    return r.choices[0].message.content.strip()


@app.post("/api/contact")
def contact():
    form = request.get_json()
    level = grade(form["message"])
    requests.post(
        GRAPH,
        headers={"Authorization": f"Bearer {os.getenv('WA_TOKEN', '')}"},
        json={
            "messaging_product": "whatsapp",
            "to": os.getenv("SALES_PHONE", ""),
            "type": "template",
            "template": {
                "name": "new_lead_alert",
                "language": {"code": "en"},
                "components": [
                    {"type": "body", "parameters": [{"type": "text", "text": form["name"]}, {"type": "text", "text": level}]}
                ],
            },
        },
        timeout=10,
    )
    return jsonify(ok=True)
