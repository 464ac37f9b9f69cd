import os
import time

import ollama
from whatsapp_chatbot_python import GreenAPIBot, Notification
from whatsapp_chatbot_python.filters import TEXT_TYPES

bot = GreenAPIBot(os.environ["GREEN_ID_INSTANCE"], os.environ["GREEN_API_TOKEN"])
llm = ollama.Client(host=os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434"))
MODEL = os.getenv("OLLAMA_MODEL", "pwani-msaidizi")  # imejengwa kwa: ollama create pwani-msaidizi -f Modelfile
DAWATI = os.getenv("DAWATI_CHAT_ID", "254722410300@c.us")

mazungumzo: dict[str, list[dict]] = {}
wakala_hadi: dict[str, float] = {}  # chat_id -> muda ambao bot inanyamaza


@bot.router.message(type_message=TEXT_TYPES)
def ujumbe(notification: Notification) -> None:
    chat = notification.chat
    if chat.endswith("@g.us"):
        return
    maandishi = (notification.message_text or "").strip()

    if wakala_hadi.get(chat, 0) > time.time():
        return  # mfanyakazi wa dawati anaendelea na mteja

    if maandishi.upper() in {"WAKALA", "AGENT", "MTU"}:
        wakala_hadi[chat] = time.time() + 6 * 3600
        bot.api.sending.sendMessage(
            DAWATI,
            f"Mteja {chat.split('@')[0]} ameomba kuongea na mtu.\nUjumbe wa mwisho: "
            f"{mazungumzo.get(chat, [{}])[-1].get('content', '-')}",
        )
        notification.answer(
            "Sawa! Nimemjulisha mwenzetu wa dawati la uhifadhi, atakujibu hapa hapa muda si mrefu. "
            "Ukipenda pia unaweza kupiga 0722 410 300."
        )
        return

    historia = mazungumzo.setdefault(chat, [])
    historia.append({"role": "user", "content": maandishi})
    jibu = llm.chat(model=MODEL, messages=historia[-10:])["message"]["content"]
    historia.append({"role": "assistant", "content": jibu})
    notification.answer(jibu)


if __name__ == "__main__":
    bot.run_forever()
