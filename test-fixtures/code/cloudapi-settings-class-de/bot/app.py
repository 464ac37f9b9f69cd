import requests
from flask import Flask, request
from openai import OpenAI

from .settings import Settings

app = Flask(__name__)
client = OpenAI()


def answer(text):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": Settings.SYSTEM_PROMPT}, {"role": "user", "content": text}],
    )
    return r.choices[0].message.content


@app.post("/webhook")
def hook():
    msg = request.json["entry"][0]["changes"][0]["value"]["messages"][0]
                     #^^^^^^^^^ flow/no-human-path
    reply = answer(msg["text"]["body"])
    requests.post(
        f"{Settings.GRAPH_URL}/{Settings.PHONE_ID}/messages",
        json={"messaging_product": "whatsapp", "to": msg["from"], "text": {"body": reply}},
    )
    return "ok"
