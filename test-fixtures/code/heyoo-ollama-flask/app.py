import os

import ollama
from flask import Flask, request
from heyoo import WhatsApp

app = Flask(__name__)
messenger = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_ID"])
BOT_NAME = "Sobat"


def ask(question: str) -> str:
    prompt = f"Kamu adalah {BOT_NAME}, teman ngobrol yang bisa bantu apa saja: PR, puisi, kode, apa pun.\n\nPertanyaan: {question}"
    #                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
    result = ollama.generate(model="llama3.1", prompt=prompt)
    return result["response"]


@app.route("/webhook", methods=["GET", "POST"])
def webhook():
    if request.method == "GET":
        return request.args.get("hub.challenge", "")
    data = request.get_json()
    if messenger.get_message_type(data) == "text":
        # ^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/no-human-path
        mobile = messenger.get_mobile(data)
        messenger.send_message(ask(messenger.get_message(data)), mobile)
    return "ok"
