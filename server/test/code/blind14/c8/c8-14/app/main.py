import os
from fastapi import FastAPI
from pywa import WhatsApp, filters
from pywa.types import Message

from .agente import responder

app = FastAPI()
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    app_id=int(os.environ["META_APP_ID"]),
    app_secret=os.environ["META_APP_SECRET"],
)


@wa.on_message(filters.text)
def on_text(client: WhatsApp, msg: Message):
    respuesta = responder(msg.from_user.wa_id, msg.text)
    if respuesta:
        msg.reply_text(respuesta)
