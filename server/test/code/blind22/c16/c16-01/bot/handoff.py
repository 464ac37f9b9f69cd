import os
import re

from twilio.rest import Client

PALAVRAS = re.compile(r"\b(atendente|recep[cç][aã]o|humano|pessoa de verdade|falar com algu[eé]m)\b", re.I)
PAUSA_SEGUNDOS = 12 * 60 * 60

_twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


def pediu_humano(texto: str) -> bool:
    return bool(PALAVRAS.search(texto or ""))


def esta_pausado(r, numero: str) -> bool:
    return r.exists(f"pausa:{numero}") == 1


def transferir(r, numero: str, nome: str | None, ultima_msg: str) -> str:
    r.set(f"pausa:{numero}", "1", ex=PAUSA_SEGUNDOS)
    _twilio.messages.create(
        from_=os.environ["TWILIO_WHATSAPP_FROM"],
        to=os.environ["RECEPCAO_WHATSAPP"],
        body=(
            f"🔔 Paciente pediu atendimento humano\n"
            f"Nome: {nome or '-'}\nWhatsApp: {numero.replace('whatsapp:', '')}\n"
            f"Última mensagem: {ultima_msg[:300]}"
        ),
    )
    return ("Certo! Já avisei a nossa recepção 😊 Uma das meninas vai te responder por aqui em instantes "
            "(seg a sex 8h–19h, sáb 8h–12h).")
