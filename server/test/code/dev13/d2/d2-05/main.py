import os

from fastapi import FastAPI
from pywa_async import WhatsApp, filters, types

from tutor.brain import answer

app = FastAPI()
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
)


@wa.on_message(filters.text)
async def on_text(client: WhatsApp, msg: types.Message):
    await msg.reply_text(await answer(msg.text))
