import os
from collections import defaultdict, deque

import ollama
from dotenv import load_dotenv
from whatsapp_chatbot_python import GreenAPIBot, Notification

from prompt import SYSTEM

load_dotenv()
bot = GreenAPIBot(os.environ["GREEN_ID_INSTANCE"], os.environ["GREEN_API_TOKEN"])
MODEL = os.getenv("OLLAMA_MODEL", "llama3.1:8b")
ADMIN = os.environ["ADMIN_CHAT"]

riwayat: dict[str, deque] = defaultdict(lambda: deque(maxlen=10))
ditangani_admin: set[str] = set()


@bot.router.message(type_message=["textMessage", "extendedTextMessage"])
def pesan(notification: Notification) -> None:
    chat = notification.chat
    teks = (notification.message_text or "").strip()

    # admin balikin ke bot: "#selesai 62812xxxx@c.us"
    if chat == ADMIN and teks.startswith("#selesai"):
        target = teks.split(maxsplit=1)[-1]
        ditangani_admin.discard(target)
        notification.answer(f"Oke, {target} dibalikin ke bot.")
        return

    if chat in ditangani_admin:
        return

    if teks.lower().startswith("#admin"):
        ditangani_admin.add(chat)
        nama = notification.event.get("senderData", {}).get("senderName", "")
        bot.api.sending.sendMessage(ADMIN, f"Pelanggan {nama} ({chat}) minta dilayani admin. Balas langsung ke dia ya Koh.")
        notification.answer("Siap kak, udah aku sambungin ke admin toko 🙏 Nanti dibales langsung di chat ini (jam toko 08.00–17.00).")
        return

    h = riwayat[chat]
    h.append({"role": "user", "content": teks})
    res = ollama.chat(model=MODEL, messages=[{"role": "system", "content": SYSTEM}, *h])
    jawab = res["message"]["content"]
    h.append({"role": "assistant", "content": jawab})
    notification.answer(jawab)


if __name__ == "__main__":
    bot.run_forever()
