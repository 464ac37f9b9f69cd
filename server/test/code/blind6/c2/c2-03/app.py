import os

from dotenv import load_dotenv
from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

load_dotenv()

from bot.handlers import manejar_mensaje  # noqa: E402

app = Flask(__name__)


@app.post("/whatsapp")
def webhook_whatsapp():
    numero = request.values.get("From", "")  # "whatsapp:+52..."
    nombre = request.values.get("ProfileName", "")
    texto = request.values.get("Body", "").strip()

    respuesta = manejar_mensaje(numero, nombre, texto)

    twiml = MessagingResponse()
    twiml.message(respuesta)
    return str(twiml), 200, {"Content-Type": "application/xml"}


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", 5000)))
