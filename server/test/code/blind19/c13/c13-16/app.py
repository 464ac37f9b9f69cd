import os
from pathlib import Path

import ollama
import requests
from flask import Flask, request

app = Flask(__name__)
SYSTEM = Path(__file__).with_name("prompt.txt").read_text(encoding="utf-8")
GRAPH = f"https://graph.facebook.com/v20.0/{os.environ.get('PHONE_NUMBER_ID')}/messages"
historia: dict[str, list] = {}


def tuma(kwa: str, ujumbe: str) -> None:
    requests.post(GRAPH, headers={"Authorization": f"Bearer {os.environ['WHATSAPP_TOKEN']}"},
                  json={"messaging_product": "whatsapp", "to": kwa, "text": {"body": ujumbe}}, timeout=15)


@app.get("/webhook")
def thibitisha():
    if request.args.get("hub.verify_token") == os.environ.get("VERIFY_TOKEN"):
        return request.args.get("hub.challenge", "")
    return "marufuku", 403


@app.post("/webhook")
def pokea():
    data = request.get_json(silent=True) or {}
    for entry in data.get("entry", []):
        for change in entry.get("changes", []):
            for msg in change.get("value", {}).get("messages", []):
                if msg.get("type") != "text":
                    continue
                mtumiaji = msg["from"]
                h = historia.setdefault(mtumiaji, [])
                h.append({"role": "user", "content": msg["text"]["body"]})
                jibu = ollama.chat(model=os.environ.get("OLLAMA_MODEL", "llama3.1:8b"),
                                   messages=[{"role": "system", "content": SYSTEM}, *h[-10:]])
                maandishi = jibu["message"]["content"]
                h.append({"role": "assistant", "content": maandishi})
                tuma(mtumiaji, maandishi)
    return "ok"
