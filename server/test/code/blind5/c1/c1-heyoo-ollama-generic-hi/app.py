import os

from dotenv import load_dotenv
from flask import Flask, request
from heyoo import WhatsApp

import llm

load_dotenv()
app = Flask(__name__)
messenger = WhatsApp(os.getenv("WHATSAPP_TOKEN"), phone_number_id=os.getenv("PHONE_NUMBER_ID"))


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.getenv("VERIFY_TOKEN"):
        return request.args.get("hub.challenge")
    return "Invalid verification token", 403


@app.post("/webhook")
def hook():
    data = request.get_json()
    if messenger.changed_field(data) != "messages":
        return "ok"
    if not messenger.is_message(data):
        return "ok"

    mobile = messenger.get_mobile(data)
    if messenger.get_message_type(data) != "text":
        messenger.send_message("माफ़ कीजिए, अभी मैं सिर्फ़ टेक्स्ट मैसेज समझ सकता हूँ।", mobile)
        return "ok"

    message = messenger.get_message(data)
    try:
        answer = llm.reply(mobile, message)
    except Exception as exc:  # noqa: BLE001
        app.logger.error("ollama error: %s", exc)
        answer = "कुछ गड़बड़ हो गई, कृपया दोबारा कोशिश करें।"
    messenger.send_message(answer, mobile)
    return "ok"


if __name__ == "__main__":
    app.run(port=5000, debug=False)
