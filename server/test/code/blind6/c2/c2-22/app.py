import os

import requests
from flask import Flask, jsonify, request

from assistant import run_assistant

app = Flask(__name__)
TOKEN = os.environ["WHATSAPP_ACCESS_TOKEN"]
PHONE_ID = os.environ["WHATSAPP_PHONE_NUMBER_ID"]


def send_message(to: str, text: str) -> None:
    requests.post(
        f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages",
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        json={"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "text", "text": {"preview_url": False, "body": text}},
        timeout=10,
    )


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.environ["WHATSAPP_VERIFY_TOKEN"]:
        return request.args.get("hub.challenge"), 200
    return "forbidden", 403


def is_valid_whatsapp_message(body: dict) -> bool:
    try:
        return bool(body["entry"][0]["changes"][0]["value"]["messages"][0])
    except (KeyError, IndexError):
        return False


@app.post("/webhook")
def handle_message():
    body = request.get_json()
    if body.get("entry", [{}])[0].get("changes", [{}])[0].get("value", {}).get("statuses"):
        return jsonify({"status": "ok"}), 200
    if not is_valid_whatsapp_message(body):
        return jsonify({"status": "error", "message": "Not a WhatsApp API event"}), 404

    message = body["entry"][0]["changes"][0]["value"]["messages"][0]
    if message["type"] == "text":
        reply = run_assistant(message["from"], message["text"]["body"])
        send_message(message["from"], reply)
    return jsonify({"status": "ok"}), 200
