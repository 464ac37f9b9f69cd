import logging
import os

from dotenv import load_dotenv
from flask import Flask, abort, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

load_dotenv()

from .services.llm import responder  # noqa: E402

logging.basicConfig(level=logging.INFO)
app = Flask(__name__)
validator = RequestValidator(os.environ.get("TWILIO_AUTH_TOKEN", ""))


@app.post("/whatsapp")
def whatsapp():
    if os.getenv("FLASK_ENV") != "development":
        sig = request.headers.get("X-Twilio-Signature", "")
        if not validator.validate(request.url, request.form, sig):
            abort(403)

    telefono = request.form.get("From", "")
    texto = request.form.get("Body", "").strip()

    twiml = MessagingResponse()
    twiml.message(responder(telefono, texto) if texto else "¡Hola! Soy Lucía de Inmobiliaria Turia 🏠 ¿En qué te ayudo?")
    return str(twiml), 200, {"Content-Type": "application/xml"}


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", 5000)), debug=True)
