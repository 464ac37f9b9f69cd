import re

from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

from app.helpdesk import open_ticket

app = Flask(__name__)
client = OpenAI()
PERSONA = re.compile(r"\b(atendente|humano|pessoa)\b", re.I)
SYSTEM = (
    "Você é o assistente da Ótica Miranda (Recife). Responda só sobre óculos, lentes, exames de vista e horários da loja. "
    "Para outros assuntos, diga com gentileza que só pode ajudar com a ótica."
)


@app.post("/whatsapp")
def whatsapp():
    text = request.values.get("Body", "")
    #      ^^^^^^^^^^^^^^^^^^ flow/no-human-path
    sender = request.values.get("From", "")
    reply = MessagingResponse()
    if PERSONA.search(text) and open_ticket(sender, text):
        reply.message("Uma atendente vai continuar a conversa.")
        return str(reply)
    answer = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
    )
    reply.message(answer.choices[0].message.content)
    return str(reply)
