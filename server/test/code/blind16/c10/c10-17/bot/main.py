"""Chatwoot Agent Bot webhook: WhatsApp Cloud inbox -> LiteLLM -> reply / handoff."""
import litellm
from fastapi import FastAPI, Request

from .chatwoot import handoff, reply
from .prompt import SYSTEM_PROMPT

app = FastAPI()
MODEL = "openrouter/meta-llama/llama-3.1-70b-instruct"


@app.post("/chatwoot/bot")
async def bot(req: Request):
    ev = await req.json()
    if ev.get("event") != "message_created" or ev.get("message_type") != "incoming":
        return {}
    conv_id = ev["conversation"]["id"]
    if ev["conversation"].get("status") == "open":  # already with a human
        return {}
    text = ev.get("content") or ""
    r = await litellm.acompletion(model=MODEL, messages=[
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": text},
    ])
    out = r.choices[0].message.content.strip()
    if out.startswith("/operator"):
        await reply(conv_id, "Перевожу вас на оператора, ответим в этом чате.")
        await handoff(conv_id)
    else:
        await reply(conv_id, out)
    return {}
