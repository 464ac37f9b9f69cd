import os

from flask import Flask
from pywa import WhatsApp, filters, types

from bot.handlers import mesaj_isle

flask_app = Flask(__name__)

wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=flask_app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    app_id=int(os.environ["WA_APP_ID"]),
    app_secret=os.environ["WA_APP_SECRET"],
)


@wa.on_message(filters.text)
def on_text(client: WhatsApp, msg: types.Message):
    mesaj_isle(client, msg)


if __name__ == "__main__":
    flask_app.run(host="0.0.0.0", port=8080)
