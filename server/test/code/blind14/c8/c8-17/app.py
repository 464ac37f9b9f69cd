import os
from flask import Flask, request
from heyoo import WhatsApp

from bot.llm import reply

app = Flask(__name__)
messenger = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_NUMBER_ID"])
VERIFY = os.environ.get("WA_VERIFY_TOKEN", "yunxiu")


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == VERIFY:
        return request.args.get("hub.challenge", "")
    return "invalid", 403


@app.post("/webhook")
def hook():
    data = request.get_json()
    if messenger.is_message(data) and messenger.get_message_type(data) == "text":
        mobile = messenger.get_mobile(data)
        text = messenger.get_message(data)
        messenger.send_message(reply(mobile, text), mobile)
    return "ok", 200


if __name__ == "__main__":
    app.run(port=8000)
