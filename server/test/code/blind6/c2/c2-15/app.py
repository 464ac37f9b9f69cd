import os
import threading

from flask import Flask, request
from twilio.rest import Client

from engine import get_engine

app = Flask(__name__)
twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ["TWILIO_WHATSAPP_NUMBER"]


def _answer_async(to: str, text: str) -> None:
    reply = get_engine(to).chat(text).response
    # WhatsApp allows 1600 chars per Twilio message
    for i in range(0, len(reply), 1500):
        twilio.messages.create(from_=FROM, to=to, body=reply[i : i + 1500])


@app.route("/incoming", methods=["POST"])
def incoming():
    sender = request.form.get("From")  # whatsapp:+91XXXXXXXXXX
    body = request.form.get("Body", "")
    if body.strip().lower() in ("reset", "नया"):
        from engine import _engines

        _engines.pop(sender, None)
        twilio.messages.create(from_=FROM, to=sender, body="ठीक है, नई बातचीत शुरू करते हैं 🙂")
        return "", 204
    threading.Thread(target=_answer_async, args=(sender, body), daemon=True).start()
    return "", 204


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)))
