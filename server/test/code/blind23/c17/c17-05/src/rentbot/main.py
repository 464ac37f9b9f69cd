import csv
import json
from pathlib import Path

import httpx
import yaml
from fastapi import FastAPI, Request
from openai import AzureOpenAI

from .handoff import handoff_to_agent
from .settings import settings

CFG = yaml.safe_load(Path("config/assistant.yaml").read_text(encoding="utf-8"))["assistant"]
with open(CFG["fleet_file"], encoding="utf-8") as f:
    FLEET = "\n".join(f"{r['model']} ({r['category']}): {r['daily_aed']} AED/day, {r['weekly_aed']} AED/week" for r in csv.DictReader(f))
SYSTEM = CFG["system_prompt"] + "\n\nالأسطول:\n" + FLEET

client = AzureOpenAI(azure_endpoint=settings.azure_openai_endpoint, api_key=settings.azure_openai_key, api_version="2024-08-01-preview")
app = FastAPI()

TOOLS = [
    {"type": "function", "function": {"name": "create_booking", "parameters": {"type": "object", "properties": {
        "model": {"type": "string"}, "start": {"type": "string"}, "end": {"type": "string"}, "pickup": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "cancel_booking", "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "handoff_to_agent", "description": "Transfer to a human agent",
        "parameters": {"type": "object", "properties": {"reason": {"type": "string"}}}}},
]


async def send(to: str, body: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://waba-v2.360dialog.io/messages", headers={"D360-API-KEY": settings.d360_api_key},
                     json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}})


@app.post("/webhook")
async def webhook(req: Request):
    payload = await req.json()
    for entry in payload.get("entry", []):
        for ch in entry.get("changes", []):
            for m in ch.get("value", {}).get("messages", []):
                if m.get("type") != "text":
                    continue
                await answer(m["from"], m["text"]["body"])
    return {"ok": True}


async def answer(wa_id: str, text: str) -> None:
    msgs = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}]
    r = client.chat.completions.create(model=settings.azure_deployment, messages=msgs, tools=TOOLS, temperature=CFG["temperature"])
    msg = r.choices[0].message
    if msg.tool_calls:
        call = msg.tool_calls[0]
        args = json.loads(call.function.arguments or "{}")
        if call.function.name == "handoff_to_agent":
            await send(wa_id, await handoff_to_agent(wa_id, args.get("reason", "")))
            return
        await send(wa_id, f"تم استلام طلبك ({call.function.name}). بنأكد لك الحجز برسالة.")
        return
    await send(wa_id, msg.content or "")
