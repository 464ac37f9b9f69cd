import os

import requests
from flask import Flask, request

from llm import repondre

app = Flask(__name__)
EVOLUTION = os.environ["EVOLUTION_URL"]


@app.post("/evolution")
def evenement():
    corps = request.get_json(force=True)
    if corps.get("event") != "messages.upsert":
    #                          ^^^^^^^^^^^^^^^^^ flow/no-human-path
        return "", 204
    donnees = corps["data"]
    if donnees["key"].get("fromMe"):
        return "", 204
    numero = donnees["key"]["remoteJid"]
    texte = donnees["message"].get("conversation", "")
    requests.post(
        f"{EVOLUTION}/message/sendText/boutique",
        headers={"apikey": os.environ["EVOLUTION_KEY"]},
        json={"number": numero, "text": repondre(numero, texte)},
    )
    return "", 200
