import ollama
import requests
from flask import Flask, request

from .config import MODEL, SUPERVISOR_MODEL, SUPERVISOR_PROMPT, SYSTEM_PROMPT, WAHA_SESSION, WAHA_URL

app = Flask(__name__)
escalated: set[str] = set()
history: dict[str, list] = {}


def send(chat_id: str, text: str) -> None:
    requests.post(f"{WAHA_URL}/api/sendText", json={"session": WAHA_SESSION, "chatId": chat_id, "text": text}, timeout=10)


@app.post("/waha")
def waha_hook():
    ev = request.json
    if ev.get("event") != "message" or ev["payload"].get("fromMe"):
        return "ok"
    chat_id, text = ev["payload"]["from"], ev["payload"].get("body", "")
    h = history.setdefault(chat_id, [])
    h.append({"role": "user", "content": text})

    if chat_id in escalated:
        out = ollama.chat(model=SUPERVISOR_MODEL, messages=[{"role": "system", "content": SUPERVISOR_PROMPT}, *h[-16:]])
    else:
        out = ollama.chat(model=MODEL, messages=[{"role": "system", "content": SYSTEM_PROMPT}, *h[-10:]])
        if out["message"]["content"].strip().startswith("ESCALATE"):
            escalated.add(chat_id)
            send(chat_id, "Sige po, ipapasa ko kayo sa aming senior support 🙏")
            out = ollama.chat(model=SUPERVISOR_MODEL, messages=[{"role": "system", "content": SUPERVISOR_PROMPT}, *h[-16:]])
    reply = out["message"]["content"]
    h.append({"role": "assistant", "content": reply})
    send(chat_id, reply)
    return "ok"
