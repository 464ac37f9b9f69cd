import os

from anthropic import AsyncAnthropic
from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

claude = AsyncAnthropic()

SYSTEM = "أنت مساعد ذكي ومفيد. أجب عن أسئلة المستخدم في أي موضوع بوضوح وباللغة العربية."


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    context.user_data["history"] = []
    await update.message.reply_text("مرحبًا! اسألني أي شيء 👋")


async def chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    history = context.user_data.setdefault("history", [])
    history.append({"role": "user", "content": update.message.text})
    await update.message.chat.send_action(ChatAction.TYPING)

    resp = await claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1024,
        system=SYSTEM,
        messages=history[-20:],
    )
    text = resp.content[0].text
    history.append({"role": "assistant", "content": text})
    await update.message.reply_text(text)


def main() -> None:
    app = Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, chat))
    app.run_polling()


if __name__ == "__main__":
    main()
