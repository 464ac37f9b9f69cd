import os

import httpx
import litellm
from fastapi import FastAPI, Request

from services.handoff_service import hand_to_human, is_paused
from .db import tenant_by_instance
from .defaults import HANDOFF_KEYWORDS

app = FastAPI(title="waku-bot")
EVO_URL = os.environ["EVOLUTION_URL"]
EVO_KEY = os.environ["EVOLUTION_API_KEY"]
memory: dict[tuple[int, str], list[dict]] = {}


async def send_text(instance: str, number: str, text: str) -> None:
    async with httpx.AsyncClient(timeout=15) as c:
        await c.post(f"{EVO_URL}/message/sendText/{instance}", headers={"apikey": EVO_KEY},
                     json={"number": number, "text": text})


@app.post("/webhook/evolution")
async def evolution(req: Request):
    body = await req.json()
    if body.get("event") != "messages.upsert":
        return {"ok": True}
    data = body["data"]
    if data["key"].get("fromMe"):
        return {"ok": True}
    tenant = tenant_by_instance(body["instance"])
    if tenant is None:
        return {"ok": False}
    phone = data["key"]["remoteJid"].split("@")[0]
    text = (data.get("message") or {}).get("conversation") or \
        ((data.get("message") or {}).get("extendedTextMessage") or {}).get("text")
    if not text or is_paused(tenant.id, phone):
        return {"ok": True}

    if tenant.chatwoot_inbox_id and text.strip().lower() in HANDOFF_KEYWORDS:
        await hand_to_human(tenant.id, tenant.chatwoot_inbox_id, phone, data.get("pushName", ""), text)
        await send_text(body["instance"], phone, "Baik, chat Anda kami teruskan ke CS kami. Mohon tunggu sebentar ya 🙏")
        return {"ok": True}

    key = (tenant.id, phone)
    hist = memory.setdefault(key, [])
    hist.append({"role": "user", "content": text})
    resp = await litellm.acompletion(
        model=tenant.model,
        messages=[{"role": "system", "content": tenant.system_prompt}, *hist[-10:]],
    )
    answer = resp.choices[0].message.content
    hist.append({"role": "assistant", "content": answer})
    await send_text(body["instance"], phone, answer)
    return {"ok": True}
