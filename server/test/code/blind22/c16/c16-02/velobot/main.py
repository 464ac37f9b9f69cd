from fastapi import FastAPI
from pywa import WhatsApp, filters
from pywa.types import Message
from sqlalchemy.orm import Session

from . import config
from .brain import antworte
from .store import engine, get_chat

app = FastAPI(title="velobot")

wa = WhatsApp(
    phone_id=config.WA_PHONE_ID,
    token=config.WA_TOKEN,
    server=app,
    verify_token=config.WA_VERIFY_TOKEN,
    app_secret=config.WA_APP_SECRET,
)


@wa.on_message(filters.text)
def on_text(client: WhatsApp, msg: Message):
    with Session(engine) as s, s.begin():
        chat = get_chat(s, msg.from_user.wa_id)
        if chat.human_mode:
            return  # Team antwortet in Zendesk, Bot schweigt
        msg.mark_as_read()
        reply = antworte(chat, msg.text, msg.from_user.name)
    msg.reply_text(reply)


@wa.on_message(~filters.text)
def on_other(client: WhatsApp, msg: Message):
    msg.reply_text("Fotos und Sprachnachrichten kann ich leider noch nicht auswerten – schreiben Sie mir gern kurz, worum es geht.")
