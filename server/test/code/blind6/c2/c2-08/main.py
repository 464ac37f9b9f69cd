import os

from flask import Flask
from pywa import WhatsApp, filters, types

from bot.router import route

flask_app = Flask(__name__)

wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=flask_app,
    callback_url=os.environ.get("WA_CALLBACK_URL"),
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    app_id=int(os.environ["WA_APP_ID"]),
    app_secret=os.environ["WA_APP_SECRET"],
)


@wa.on_message(filters.text)
def on_text(client: WhatsApp, msg: types.Message):
    reply = route(client, msg.from_user.wa_id, msg.from_user.name, msg.text)
    if reply:
        msg.reply_text(reply)


if __name__ == "__main__":
    flask_app.run(port=8080)
