import os

import requests
from dotenv import load_dotenv
from flask import Flask, request

load_dotenv()

from .llm import responder  # noqa: E402

app = Flask(__name__)
GRAPH = f"https://graph.facebook.com/v21.0/{os.getenv('WHATSAPP_PHONE_NUMBER_ID')}/messages"


def enviar(to: str, body: str) -> None:
    requests.post(
        GRAPH,
        headers={"Authorization": f"Bearer {os.getenv('WHATSAPP_TOKEN')}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=15,
    )


@app.get("/webhook")
def verificar():
    if request.args.get("hub.verify_token") == os.getenv("VERIFY_TOKEN"):
        return request.args.get("hub.challenge", "")
    return "no", 403


@app.post("/webhook")
def recibir():
    data = request.get_json(silent=True) or {}
    for entry in data.get("entry", []):
        for change in entry.get("changes", []):
            for m in change.get("value", {}).get("messages", []):
                if m.get("type") == "text":
                    enviar(m["from"], responder(m["from"], m["text"]["body"]))
    return "ok"
