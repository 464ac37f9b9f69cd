import os

from pywa import WhatsApp

from . import replies
from .llm import free_chat

STAFF = os.environ["STAFF_WA_NUMBER"]

ROUTES = {
    "菜单": replies.MENU,
    "menu": replies.MENU,
    "1": replies.TODAY,
    "2": replies.HOURS,
    "3": replies.ORDER,
    "4": replies.BOOK,
}


def _handoff(client: WhatsApp, wa_id: str, name: str, text: str) -> str:
    client.send_message(
        to=STAFF,
        text=f"📣 客人 {name}（+{wa_id}）要求人工服务：\n{text}",
    )
    return "已通知店员，稍后会有同事在此对话中回复您 🙏"


def route(client: WhatsApp, wa_id: str, name: str, text: str) -> str:
    key = text.strip().lower()
    if key in ("人工", "客服", "staff", "human"):
        return _handoff(client, wa_id, name, text)
    if key in ROUTES:
        return ROUTES[key]
    # 其他问题交给 AI 回答
    return free_chat(text)
