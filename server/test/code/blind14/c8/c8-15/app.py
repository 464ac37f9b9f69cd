import os
from dotenv import load_dotenv
from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse
from twilio.request_validator import RequestValidator

from radhaus.agent import antworten

load_dotenv()
app = Flask(__name__)
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])


@app.post("/whatsapp")
def whatsapp():
    if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
        return "forbidden", 403
    sender = request.form.get("From", "")
    body = request.form.get("Body", "").strip()
    resp = MessagingResponse()
    if body:
        resp.message(antworten(sender, body))
    return str(resp), 200, {"Content-Type": "application/xml"}


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", 5005)))
