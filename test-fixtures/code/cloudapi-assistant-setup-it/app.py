import os

import requests
from flask import Flask, request

from servizi.assistente import client, rispondi

app = Flask(__name__)
thread_per_numero: dict[str, str] = {}


def invia(numero: str, testo: str) -> None:
    requests.post(
        f"https://graph.facebook.com/v20.0/{os.environ['PHONE_NUMBER_ID']}/messages",
        headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"},
        json={"messaging_product": "whatsapp", "to": numero, "type": "text", "text": {"body": testo}},
        timeout=10,
    )


@app.post("/webhook")
def webhook():
    valore = request.get_json()["entry"][0]["changes"][0]["value"]
    #                          ^^^^^^^^^^ flow/no-human-path
    for messaggio in valore.get("messages", []):
        numero = messaggio["from"]
        if numero not in thread_per_numero:
            thread_per_numero[numero] = client.beta.threads.create().id
        invia(numero, rispondi(thread_per_numero[numero], messaggio["text"]["body"]))
    return "ok"
