"""WhatsApp-бот «АвтоДоктор» на Green API.

Если бот два раза подряд не понял клиента, диалог уходит в группу «АвтоДоктор — менеджеры»:
менеджеры видят сообщения клиента и отвечают в группе реплаем «>79xxxxxxxxx текст»,
бот пересылает ответ клиенту от имени сервиса.
"""
import os
import re
from collections import defaultdict

from dotenv import load_dotenv
from whatsapp_api_client_python import API

from .llm import answer

load_dotenv()

green = API.GreenAPI(os.environ["ID_INSTANCE"], os.environ["API_TOKEN_INSTANCE"])
MANAGERS_CHAT = os.environ["MANAGERS_GROUP_ID"]  # 1203630xxxxxxxxx@g.us
MAX_FAILS = 2

fails: dict[str, int] = defaultdict(int)
with_manager: set[str] = set()


def send(chat_id: str, text: str) -> None:
    green.sending.sendMessage(chat_id, text)


def to_managers(chat_id: str, name: str, text: str) -> None:
    phone = chat_id.split("@")[0]
    send(MANAGERS_CHAT, f"👤 {name} (+{phone}):\n{text}\n\nОтветить: >{phone} ваш текст")


def on_client(chat_id: str, name: str, text: str) -> None:
    if chat_id in with_manager:
        to_managers(chat_id, name, text)
        return

    reply = answer(chat_id, text)
    if reply.startswith("[НЕ_ПОНЯЛ]"):
        fails[chat_id] += 1
        if fails[chat_id] >= MAX_FAILS:
            with_manager.add(chat_id)
            to_managers(chat_id, name, f"(бот не справился) {text}")
            send(chat_id, "Передаю ваш вопрос менеджеру сервиса — он ответит здесь в течение 15 минут (в рабочее время) 🙏")
            return
        reply = reply.removeprefix("[НЕ_ПОНЯЛ]").strip()
    else:
        fails[chat_id] = 0
    send(chat_id, reply)


def on_manager(text: str) -> None:
    if m := re.match(r"^>(\d{10,15})\s+(.+)", text, re.S):
        send(f"{m.group(1)}@c.us", m.group(2))
    elif m := re.match(r"^/бот\s+(\d{10,15})", text):
        with_manager.discard(f"{m.group(1)}@c.us")
        fails[f"{m.group(1)}@c.us"] = 0


def handler(type_webhook: str, body: dict) -> None:
    if type_webhook != "incomingMessageReceived":
        return
    data = body.get("messageData", {})
    if data.get("typeMessage") not in ("textMessage", "extendedTextMessage"):
        return
    text = data.get("textMessageData", {}).get("textMessage") or data.get("extendedTextMessageData", {}).get("text", "")
    sender = body["senderData"]
    if sender["chatId"] == MANAGERS_CHAT:
        on_manager(text)
    elif not sender["chatId"].endswith("@g.us"):
        on_client(sender["chatId"], sender.get("senderName", ""), text)


if __name__ == "__main__":
    green.webhooks.startReceivingNotifications(handler)
