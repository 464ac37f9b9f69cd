from whatsapp_chatbot_python import GreenAPIBot, Notification

from .llm import ask
from .settings import settings

bot = GreenAPIBot(settings.green_id_instance, settings.green_api_token)

MENU = "1 - Opening hours\n2 - Prices\nAnything else: ask me!"


@bot.router.message(text_message=["menu", "start"])
#^^^^^^^^^^^^^^^^^^ flow/no-human-path
def menu_handler(notification: Notification) -> None:
    notification.answer(MENU)


@bot.router.message(text_message="1")
def hours_handler(notification: Notification) -> None:
    notification.answer("We are open every day from 9:00 to 18:00.")


@bot.router.message()
def fallback_handler(notification: Notification) -> None:
    text = notification.message_text or ""
    notification.answer(ask(text))


if __name__ == "__main__":
    bot.run_forever()
