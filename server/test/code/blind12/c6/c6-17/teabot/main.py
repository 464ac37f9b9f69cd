from pathlib import Path

from anthropic import AsyncAnthropic
from fastapi import FastAPI, Request

from .d360 import mark_read, send_text

app = FastAPI(title="mingxiang-teabot")
claude = AsyncAnthropic()
BASE = Path(__file__).parent
SYSTEM = (BASE / "prompt.md").read_text(encoding="utf-8")
PRICE_LIST = (BASE / "prices.txt").read_text(encoding="utf-8")
memory: dict[str, list[dict]] = {}


@app.post("/360/webhook")
async def webhook(req: Request):
    payload = await req.json()
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            for m in change.get("value", {}).get("messages", []):
                if m.get("type") != "text":
                    continue
                wa_id = m["from"]
                await mark_read(m["id"])
                turns = memory.setdefault(wa_id, [])
                turns.append({"role": "user", "content": m["text"]["body"]})
                res = await claude.messages.create(
                    model="claude-3-5-sonnet-latest",
                    max_tokens=500,
                    system=[
                        {"type": "text", "text": SYSTEM},
                        {"type": "text", "text": "价目表:\n" + PRICE_LIST},
                    ],
                    messages=turns[-10:],
                )
                reply = "".join(b.text for b in res.content if b.type == "text")
                turns.append({"role": "assistant", "content": reply})
                await send_text(wa_id, reply)
    return {"status": "ok"}
