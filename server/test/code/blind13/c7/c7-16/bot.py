import json
import os
from datetime import date
from pathlib import Path

from anthropic import Anthropic
from dotenv import load_dotenv
from jinja2 import Environment, FileSystemLoader
from whatsapp_chatbot_python import GreenAPIBot, Notification

load_dotenv()
BASE = Path(__file__).parent
jinja = Environment(loader=FileSystemLoader(BASE / "templates"), trim_blocks=True, lstrip_blocks=True)
template = jinja.get_template("system.j2")
claude = Anthropic()

STORE = {"name": "Уютный Дом", "city": "Екатеринбург", "address": "ул. Репина, 94, ТЦ «Мебель-Сити», 2 этаж"}
MANAGER_CHAT = os.environ["MANAGER_CHAT_ID"]  # WhatsApp-группа менеджеров салона, 1203630...@g.us

bot = GreenAPIBot(os.environ["GREEN_ID_INSTANCE"], os.environ["GREEN_API_TOKEN"])
history: dict[str, list] = {}
with_manager: set[str] = set()


def render_system(name: str | None) -> str:
    catalog = json.loads((BASE / "data" / "catalog.json").read_text(encoding="utf-8"))
    return template.render(store=STORE, today=date.today().strftime("%d.%m.%Y"),
                           customer_name=name, catalog=catalog)


@bot.router.message(command="оператор")
def to_operator(notification: Notification) -> None:
    chat = notification.chat
    with_manager.add(chat)
    sender = notification.event["senderData"]
    bot.api.sending.sendMessage(
        MANAGER_CHAT,
        f"Клиент {sender.get('senderName', '')} ({chat.split('@')[0]}) просит менеджера. История в чате клиента.",
    )
    notification.answer("Передал ваш вопрос менеджеру салона, он ответит здесь в течение 15 минут (10:00–21:00).")


@bot.router.message(type_message=["textMessage", "extendedTextMessage"])
def on_text(notification: Notification) -> None:
    chat = notification.chat
    if chat in with_manager or chat.endswith("@g.us"):
        return
    text = notification.message_text
    name = notification.event["senderData"].get("senderName")
    h = history.setdefault(chat, [])
    h.append({"role": "user", "content": text})
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=700,
        system=render_system(name),
        messages=h[-12:],
    )
    answer = msg.content[0].text
    h.append({"role": "assistant", "content": answer})
    notification.answer(answer)


if __name__ == "__main__":
    bot.run_forever()
