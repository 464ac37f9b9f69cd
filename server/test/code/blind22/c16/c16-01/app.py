import json
import os

import redis
from dotenv import load_dotenv
from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

load_dotenv()

from bot import handoff  # noqa: E402
from bot.llm import responder  # noqa: E402

app = Flask(__name__)
r = redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/0"), decode_responses=True)


def _historico(numero):
    raw = r.get(f"hist:{numero}")
    return json.loads(raw) if raw else []


def _salvar(numero, hist):
    r.set(f"hist:{numero}", json.dumps(hist[-20:], ensure_ascii=False), ex=3 * 24 * 3600)


@app.post("/whatsapp")
def whatsapp():
    numero = request.values.get("From", "")
    texto = (request.values.get("Body") or "").strip()
    nome = request.values.get("ProfileName")
    resp = MessagingResponse()

    if handoff.esta_pausado(r, numero):
        return str(resp)  # recepção está conversando, bot fica quieto

    if handoff.pediu_humano(texto):
        resp.message(handoff.transferir(r, numero, nome, texto))
        return str(resp)

    if not texto:
        resp.message("Por enquanto eu só consigo ler mensagens de texto 🙏")
        return str(resp)

    hist = _historico(numero)
    hist.append({"role": "user", "content": texto})
    resposta = responder(hist, nome)
    hist.append({"role": "assistant", "content": resposta})
    _salvar(numero, hist)

    resp.message(resposta)
    return str(resp)


@app.get("/health")
def health():
    return {"ok": True}
