import os

from dotenv import load_dotenv
from flask import Flask, request
from heyoo import WhatsApp

from chain import repondre

load_dotenv()

app = Flask(__name__)
messenger = WhatsApp(os.getenv("WHATSAPP_TOKEN"), phone_number_id=os.getenv("WHATSAPP_PHONE_NUMBER_ID"))
VERIFY_TOKEN = os.getenv("VERIFY_TOKEN")


@app.get("/")
def verify_token():
    if request.args.get("hub.verify_token") == VERIFY_TOKEN:
        return request.args.get("hub.challenge")
    return "Invalid verification token", 403


@app.post("/")
def hook():
    data = request.get_json()
    if messenger.changed_field(data) == "messages" and messenger.is_message(data):
        mobile = messenger.get_mobile(data)
        if messenger.get_message_type(data) == "text":
            texte = messenger.get_message(data)
            messenger.send_message(repondre(mobile, texte), mobile)
        else:
            messenger.send_message(
                "Merci ! Pour l'instant je ne lis que les messages texte. "
                "Vos justificatifs peuvent être déposés dans votre espace adhérent.",
                mobile,
            )
    return "OK", 200


if __name__ == "__main__":
    app.run(port=5000, debug=False)
