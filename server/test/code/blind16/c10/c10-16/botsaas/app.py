import anthropic
import requests
from flask import Flask, request, jsonify

from .db import tenant_by_number
from .prompts import system_prompt_for

app = Flask(__name__)
claude = anthropic.Anthropic()
D360_URL = "https://waba-v2.360dialog.io/messages"
sessions: dict[str, list] = {}


def send_text(api_key: str, to: str, body: str) -> None:
    requests.post(D360_URL, headers={"D360-API-KEY": api_key},
                  json={"messaging_product": "whatsapp", "recipient_type": "individual", "to": to,
                        "type": "text", "text": {"body": body}}, timeout=15)


@app.post("/hooks/360/<wa_number>")
def inbound(wa_number: str):
    tenant = tenant_by_number(wa_number)
    if not tenant:
        return jsonify(error="unknown number"), 404
    value = request.json["entry"][0]["changes"][0]["value"]
    for m in value.get("messages", []):
        if m.get("type") != "text":
            continue
        key = f"{tenant['id']}:{m['from']}"
        hist = sessions.setdefault(key, [])
        hist.append({"role": "user", "content": m["text"]["body"]})
        resp = claude.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=600,
            system=system_prompt_for(tenant),
            messages=hist[-12:],
        )
        text = "".join(b.text for b in resp.content if b.type == "text")
        hist.append({"role": "assistant", "content": text})
        send_text(tenant["d360_api_key"], m["from"], text)
    return jsonify(ok=True)
