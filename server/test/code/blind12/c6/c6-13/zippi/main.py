import os

from fastapi import FastAPI
from openai import OpenAI
from pywa import WhatsApp, filters
from pywa.types import Message

from . import prompts
from .handoff import AGENT_DESK, hand_to_agent, is_with_agent, release

app = FastAPI()
llm = OpenAI()
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    app_secret=os.environ.get("WA_APP_SECRET"),
)
SUPPORT = prompts.get("support_bot")
SUMMARY = prompts.get("summariser")
history: dict[str, list[dict]] = {}


def _chat(system: str, msgs: list[dict], model: str, temperature: float = 0.2) -> str:
    res = llm.chat.completions.create(
        model=model,
        temperature=temperature,
        messages=[{"role": "system", "content": system}, *msgs],
    )
    return res.choices[0].message.content or ""


@wa.on_message(filters.text)
def on_text(client: WhatsApp, msg: Message) -> None:
    wa_id, text = msg.from_user.wa_id, msg.text.strip()

    if wa_id == AGENT_DESK and text.startswith("#done "):
        release(text.split()[1])
        return
    if is_with_agent(wa_id):
        return

    h = history.setdefault(wa_id, [])
    if text.upper() in {"AGENT", "HUMAN", "AGENT SE BAAT"}:
        summary = _chat(SUMMARY["system"], h[-10:], "gpt-4o-mini")
        hand_to_agent(client, wa_id, summary)
        msg.reply_text("Theek hai! Aapko hamare support agent se connect kar rahe hain, woh isi chat mein reply karenge 🙏")
        return

    h.append({"role": "user", "content": text})
    answer = _chat(SUPPORT["system"], h[-12:], SUPPORT["model"], SUPPORT["temperature"])
    h.append({"role": "assistant", "content": answer})
    msg.reply_text(answer)
