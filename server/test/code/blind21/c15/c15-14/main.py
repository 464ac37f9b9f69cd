import os

from dotenv import load_dotenv
from whatsapp_chatbot_python import GreenAPIBot, Notification

load_dotenv()

from bot.agent import CFG, paused, reply  # noqa: E402

bot = GreenAPIBot(os.environ["GREEN_ID_INSTANCE"], os.environ["GREEN_API_TOKEN"])


@bot.router.outgoing_message()
def manager_wrote(notification: Notification) -> None:
    # менеджер пишет с телефона магазина -> "/бот" возвращает чат боту
    text = (notification.message_text or "").strip().lower()
    if text == "/бот":
        paused.discard(notification.chat)


@bot.router.message(type_message=["textMessage", "extendedTextMessage"])
def on_message(notification: Notification) -> None:
    chat = notification.chat
    if chat.endswith("@g.us") or chat in paused:
        return
    sender = notification.event["senderData"].get("senderName", "")
    text = notification.message_text or ""
    notification.answer(reply(chat, sender, text))


if __name__ == "__main__":
    print(f"Бот «{CFG['shop']['name']}» запущен")
    bot.run_forever()
