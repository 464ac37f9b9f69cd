import os

from flask import Flask, request
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse

from gemini import responder

app = Flask(__name__)
twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
PALAVRAS_ATENDENTE = {"atendente", "humano", "falar com alguém"}
conversas: dict[str, list] = {}


@app.post("/whatsapp")
def whatsapp():
    numero = request.values.get("From", "")
    texto = request.values.get("Body", "").strip()
    resposta = MessagingResponse()
    if texto.lower() in PALAVRAS_ATENDENTE:
        twilio.messages.create(
            from_=os.environ["TWILIO_WHATSAPP_NUMBER"],
            to=os.environ["WHATSAPP_EQUIPE"],
            body=f"Cliente {numero} pediu para falar com a equipe: {texto}",
        )
        resposta.message("Certo! Alguém da nossa equipe vai te responder por aqui em breve.")
        return str(resposta)
    historico = conversas.setdefault(numero, [])
    resposta.message(responder(historico[-10:], texto))
    return str(resposta)
