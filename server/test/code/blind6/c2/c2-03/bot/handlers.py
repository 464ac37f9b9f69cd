import os

from twilio.rest import Client

from .llm import responder_cliente

twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
REMITENTE = os.environ["TWILIO_WHATSAPP_FROM"]
ENCARGADO = os.environ["ENCARGADO_WHATSAPP"]

PALABRAS_AGENTE = {"agente", "humano", "persona", "encargado"}

_en_espera = set()


def _avisar_encargado(numero: str, nombre: str, texto: str) -> None:
    twilio.messages.create(
        from_=REMITENTE,
        to=ENCARGADO,
        body=f"🔔 {nombre or numero} pidió hablar con una persona.\nÚltimo mensaje: {texto}\nResponder a: {numero.replace('whatsapp:', '')}",
    )


def manejar_mensaje(numero: str, nombre: str, texto: str) -> str:
    if texto.lower() in PALABRAS_AGENTE:
        _en_espera.add(numero)
        _avisar_encargado(numero, nombre, texto)
        return "Listo, ya avisé al encargado de turno. Te escribe en unos minutos desde este mismo chat 🙌"

    if numero in _en_espera:
        # un humano ya está atendiendo esta conversación
        return "Tu mensaje llegó al encargado, en breve te responde."

    return responder_cliente(numero, texto)
