import os

from dotenv import load_dotenv
from whatsapp_chatbot_python import GreenAPIBot, Notification

load_dotenv()

from bot.llm import ask, reset  # noqa: E402

bot = GreenAPIBot(os.environ["ID_INSTANCE"], os.environ["API_TOKEN_INSTANCE"])


@bot.router.message(command="batdau")
def start_handler(notification: Notification) -> None:
    reset(notification.chat)
    notification.answer(
        "Chào bạn 👋 Mình là *Bạn Học*. Hỏi mình bài tập, công thức nấu ăn, code, du lịch... gì cũng được nhé!"
    )


@bot.router.message(type_message="textMessage")
def text_handler(notification: Notification) -> None:
    if notification.chat.endswith("@g.us"):
        return
    text = notification.message_text or ""
    if not text.strip():
        return
    notification.answer(ask(notification.chat, text))


if __name__ == "__main__":
    bot.run_forever()
