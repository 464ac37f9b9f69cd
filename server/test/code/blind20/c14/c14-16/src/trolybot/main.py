import os

from dotenv import load_dotenv
from fastapi import FastAPI
from pywa import WhatsApp, filters, types

from .llm import tra_loi, xoa_lich_su

load_dotenv()

app = FastAPI()
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    app_id=int(os.environ["WA_APP_ID"]),
    app_secret=os.environ["WA_APP_SECRET"],
    callback_url=os.environ.get("CALLBACK_URL"),
)


@wa.on_message(filters.text.command("moi", prefixes="/"))
def lam_moi(_: WhatsApp, msg: types.Message):
    xoa_lich_su(msg.from_user.wa_id)
    msg.reply_text("Đã làm mới cuộc trò chuyện ✨")


@wa.on_message(filters.text)
def tin_nhan(_: WhatsApp, msg: types.Message):
    msg.mark_as_read()
    msg.reply_text(tra_loi(msg.from_user.wa_id, msg.text), quote=False)
