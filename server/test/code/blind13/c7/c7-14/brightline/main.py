import os

import httpx
from fastapi import FastAPI
from pywa_async import WhatsApp, filters, types

from .agent import Deps, agent

app = FastAPI()
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    app_secret=os.environ["WA_APP_SECRET"],
)
http = httpx.AsyncClient(timeout=20)
histories: dict[str, list] = {}
with_human: set[str] = set()


@wa.on_message(filters.text)
async def on_text(_: WhatsApp, msg: types.Message):
    if msg.from_user.wa_id in with_human:
        return
    deps = Deps(msisdn=msg.from_user.wa_id, name=msg.from_user.name or "", http=http)
    result = await agent.run(msg.text, deps=deps, message_history=histories.get(deps.msisdn))
    histories[deps.msisdn] = result.all_messages()[-20:]
    if deps.handed_over:
        with_human.add(deps.msisdn)
    await msg.reply_text(result.data)
