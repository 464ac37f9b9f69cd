from dotenv import load_dotenv

load_dotenv()

from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

import concierge

app = Flask(__name__)


@app.post("/twilio/whatsapp")
def incoming_whatsapp():
    sender = request.form.get("From", "")  # e.g. "whatsapp:+33611223344"
    body = request.form.get("Body", "").strip()

    twiml = MessagingResponse()
    if not sender.startswith("whatsapp:") or not body:
        return str(twiml)

    try:
        reply = concierge.handle(sender, body)
    except Exception:
        app.logger.exception("concierge failure")
        reply = "Désolé, un petit souci technique. Vous pouvez aussi appeler la réception au 04 50 12 34 56."
    twiml.message(reply)
    return str(twiml)


if __name__ == "__main__":
    app.run(port=5000)
