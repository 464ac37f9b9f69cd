"""Riceve i webhook di 360dialog, classifica e instrada. Non invia risposte al cliente."""
from dotenv import load_dotenv
from flask import Flask, request

load_dotenv()

from classificatore.classify import classifica  # noqa: E402
from classificatore.crm import instrada  # noqa: E402

app = Flask(__name__)


@app.post("/360dialog/webhook")
def webhook():
    payload = request.get_json(force=True)
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            for m in change.get("value", {}).get("messages", []):
                if m.get("type") != "text":
                    continue
                esito = classifica(m["text"]["body"])
                instrada(m["from"], m["id"], esito)
    return "", 200
