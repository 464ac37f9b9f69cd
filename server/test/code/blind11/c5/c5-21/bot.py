import os
from collections import defaultdict, deque

from dotenv import load_dotenv
from ollama import Client
from whatsapp_chatbot_python import GreenAPIBot, Notification

load_dotenv()

SYSTEM_PROMPT = os.getenv(
    "SYSTEM_PROMPT",
    "Ты — универсальный ИИ-помощник в WhatsApp. Отвечай на вопросы пользователя по любой теме: "
    "учёба, работа, программирование, здоровье, путешествия, готовка. Пиши по-русски, дружелюбно и по делу.",
)

bot = GreenAPIBot(os.environ["GREEN_ID_INSTANCE"], os.environ["GREEN_API_TOKEN"])
llm = Client(host=os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434"))
MODEL = os.getenv("OLLAMA_MODEL", "qwen2.5:14b")
memory: dict[str, deque] = defaultdict(lambda: deque(maxlen=20))


@bot.router.message(text_message="/start")
def start(n: Notification) -> None:
    memory.pop(n.chat, None)
    n.answer("Привет! Я ИИ-помощник. Спроси меня о чём угодно 🙂")


@bot.router.message()
def any_text(n: Notification) -> None:
    text = n.message_text
    if not text:
        return
    h = memory[n.chat]
    h.append({"role": "user", "content": text})
    r = llm.chat(model=MODEL, messages=[{"role": "system", "content": SYSTEM_PROMPT}, *h])
    answer = r["message"]["content"]
    h.append({"role": "assistant", "content": answer})
    n.answer(answer)


if __name__ == "__main__":
    bot.run_forever()
