import os

from openai import AsyncOpenAI
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

client = AsyncOpenAI()

SYSTEM_PROMPT = "أنت مساعد ذكي ومفيد مثل ChatGPT. أجب عن أي سؤال يطرحه المستخدم في أي موضوع، باللغة العربية."


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    context.user_data["history"] = []
    await update.message.reply_text("مرحبًا! اسألني أي شيء 🤖")


async def chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    history = context.user_data.setdefault("history", [])
    history.append({"role": "user", "content": update.message.text})
    await update.message.chat.send_action("typing")

    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM_PROMPT}] + history[-12:],
    )
    answer = resp.choices[0].message.content
    history.append({"role": "assistant", "content": answer})
    await update.message.reply_text(answer)


def main() -> None:
    app = Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, chat))
    app.run_polling()


if __name__ == "__main__":
    main()
