from whatsapp_chatbot_python import GreenAPIBot, Notification

from .chain import jawab
from .config import settings

bot = GreenAPIBot(settings.id_instance, settings.api_token_instance)


@bot.router.message(text_message=["admin", "cs", "manusia"])
def ke_admin(notification: Notification) -> None:
    notification.api.sending.sendMessage(settings.cs_number, f"Pelanggan {notification.sender} minta bicara dengan admin.")
    notification.answer("Baik, admin kami akan membalas di chat ini.")


@bot.router.message()
def lainnya(notification: Notification) -> None:
    notification.answer(jawab(notification.message_text or ""))


bot.run_forever()
