import json

import anthropic
import redis
from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

import config

app = Flask(__name__)
claude = anthropic.Anthropic()
r = redis.from_url(config.REDIS_URL)


def historial(numero: str) -> list:
    raw = r.get(f"hist:{numero}")
    return json.loads(raw) if raw else []


def guardar(numero: str, hist: list) -> None:
    r.setex(f"hist:{numero}", 60 * 60 * 24, json.dumps(hist[-16:]))


@app.post("/whatsapp")
def entrante():
    numero = request.values.get("From", "")  # whatsapp:+52...
    texto = (request.values.get("Body") or "").strip()
    resp = MessagingResponse()
    if not texto:
        resp.message("Por ahora solo leo texto 🙏")
        return str(resp)

    if texto.lower() in {"/reset", "borrar"}:
        r.delete(f"hist:{numero}")
        resp.message("Listo, empezamos de cero.")
        return str(resp)

    hist = historial(numero) + [{"role": "user", "content": texto}]
    out = claude.messages.create(
        model=config.MODEL,
        max_tokens=config.MAX_TOKENS,
        system=config.SYSTEM_PROMPT,
        messages=hist,
    )
    respuesta = "".join(b.text for b in out.content if b.type == "text")
    guardar(numero, hist + [{"role": "assistant", "content": respuesta}])
    resp.message(respuesta[:1500])
    return str(resp)


@app.get("/health")
def health():
    return "ok"
