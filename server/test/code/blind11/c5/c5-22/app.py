import os

import requests
from flask import Flask, request
from google import genai
from google.genai import types

from escalation import escalate
from prompts import SYSTEM_INSTRUCTION

app = Flask(__name__)
client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
GRAPH = f"https://graph.facebook.com/v21.0/{os.environ['PHONE_NUMBER_ID']}/messages"
chats = {}


def send(to, body):
    requests.post(GRAPH, headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"},
                  json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}}, timeout=20)


@app.route("/webhook", methods=["GET"])
def verify():
    if request.args.get("hub.mode") == "subscribe" and request.args.get("hub.verify_token") == os.environ["VERIFY_TOKEN"]:
        return request.args["hub.challenge"]
    return "forbidden", 403


@app.route("/webhook", methods=["POST"])
def incoming():
    value = request.json["entry"][0]["changes"][0]["value"]
    for m in value.get("messages", []):
        if m["type"] != "text":
            continue
        chat = chats.get(m["from"])
        if chat is None:
            chat = client.chats.create(
                model="gemini-2.0-flash",
                config=types.GenerateContentConfig(system_instruction=SYSTEM_INSTRUCTION, temperature=0.4),
            )
            chats[m["from"]] = chat
        reply = chat.send_message(m["text"]["body"]).text
        if "counsellor" in m["text"]["body"].lower() or "काउंसलर" in m["text"]["body"]:
            escalate(m["from"], m["text"]["body"])
        send(m["from"], reply)
    return "ok"
