import os

from fastapi import FastAPI
from pywa import WhatsApp, filters, types

from bot.router import route

app = FastAPI()
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
)


@wa.on_message(filters.text)
def handle_text(client: WhatsApp, msg: types.Message):
    msg.mark_as_read()
    msg.reply_text(route(msg.text))
