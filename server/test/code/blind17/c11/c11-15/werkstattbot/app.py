import anthropic
import httpx
from fastapi import BackgroundTasks, FastAPI, Request

from .prompt import SYSTEM
from .settings import settings
from .tools import TOOLS, run

app = FastAPI()
claude = anthropic.Anthropic(api_key=settings.anthropic_api_key)
verlauf: dict[str, list] = {}

D360_URL = "https://waba-v2.360dialog.io/messages"


def senden(to: str, text: str) -> None:
    httpx.post(
        D360_URL,
        headers={"D360-API-KEY": settings.d360_api_key},
        json={"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "text", "text": {"body": text}},
        timeout=10,
    )


def beantworten(wa_id: str, text: str) -> None:
    h = verlauf.setdefault(wa_id, [])
    h.append({"role": "user", "content": text})
    for _ in range(4):
        r = claude.messages.create(model=settings.model, max_tokens=600, system=SYSTEM, tools=TOOLS, messages=h[-20:])
        h.append({"role": "assistant", "content": r.content})
        if r.stop_reason != "tool_use":
            senden(wa_id, "".join(b.text for b in r.content if b.type == "text"))
            return
        h.append({
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": b.id, "content": run(b.name, b.input, wa_id)}
                for b in r.content if b.type == "tool_use"
            ],
        })


@app.post("/webhook/360dialog")
async def webhook(req: Request, bg: BackgroundTasks):
    body = await req.json()
    for entry in body.get("entry", []):
        for ch in entry.get("changes", []):
            for m in ch.get("value", {}).get("messages", []):
                if m.get("type") == "text":
                    bg.add_task(beantworten, m["from"], m["text"]["body"])
    return {"ok": True}
