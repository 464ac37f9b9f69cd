import os

from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])


def horario(_texto):
    return "Abrimos de segunda a sábado, das 8h às 18h."


def cardapio(_texto):
    return "Hoje: feijoada, frango grelhado e salada. Prato feito R$ 28."


def conversa_livre(texto):
    resposta = llm.chat.completions.create(
    #          ^^^^ flow/open-domain-fallback
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": texto}],
    )
    return resposta.choices[0].message.content


ROTAS = {
    "horario": horario,
    "cardapio": cardapio,
    "menu": cardapio,
}


@app.post("/whatsapp")
def whatsapp():
    texto = request.values.get("Body", "").strip()
    #       ^^^^ flow/no-human-path
    acao = ROTAS.get(texto.lower(), conversa_livre)
    twiml = MessagingResponse()
    twiml.message(acao(texto))
    return str(twiml)
