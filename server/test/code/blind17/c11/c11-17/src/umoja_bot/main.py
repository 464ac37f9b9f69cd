import json
import os

import httpx
import ollama
from fastapi import FastAPI, Query, Request
from fastapi.responses import PlainTextResponse

from .core_banking import hali_ya_mkopo, salio
from .maelekezo import MAELEKEZO

app = FastAPI()
llm = ollama.Client(host=os.getenv("OLLAMA_HOST"))
MODEL = os.getenv("OLLAMA_MODEL", "qwen2.5:14b")
mazungumzo: dict[str, list] = {}

TOOLS = [
    {"type": "function", "function": {
        "name": "salio", "description": "Salio la akiba na hisa",
        "parameters": {"type": "object", "properties": {"namba": {"type": "string"}, "pin": {"type": "string"}},
                       "required": ["namba", "pin"]}}},
    {"type": "function", "function": {
        "name": "hali_ya_mkopo", "description": "Hali ya mikopo ya mwanachama",
        "parameters": {"type": "object", "properties": {"namba": {"type": "string"}}, "required": ["namba"]}}},
]
FN = {"salio": salio, "hali_ya_mkopo": hali_ya_mkopo}


async def tuma(kwa: str, maandishi: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post(
            f"https://graph.facebook.com/v21.0/{os.getenv('WA_PHONE_ID')}/messages",
            headers={"Authorization": f"Bearer {os.getenv('WA_ACCESS_TOKEN')}"},
            json={"messaging_product": "whatsapp", "to": kwa, "type": "text", "text": {"body": maandishi}},
        )


def jibu(wa_id: str, ujumbe: str) -> str:
    h = mazungumzo.setdefault(wa_id, [])
    h.append({"role": "user", "content": ujumbe})
    for _ in range(3):
        r = llm.chat(model=MODEL, messages=[{"role": "system", "content": MAELEKEZO}, *h[-12:]], tools=TOOLS)
        msg = r["message"]
        h.append(msg)
        if not msg.get("tool_calls"):
            return msg["content"]
        for tc in msg["tool_calls"]:
            out = FN[tc["function"]["name"]](**tc["function"]["arguments"])
            h.append({"role": "tool", "content": json.dumps(out)})
    return "Samahani, kuna hitilafu. Tafadhali jaribu tena baadaye."


@app.get("/webhook")
def verify(mode: str = Query(alias="hub.mode"), token: str = Query(alias="hub.verify_token"),
           challenge: str = Query(alias="hub.challenge")):
    if mode == "subscribe" and token == os.getenv("WA_VERIFY_TOKEN"):
        return PlainTextResponse(challenge)
    return PlainTextResponse("forbidden", status_code=403)


@app.post("/webhook")
async def incoming(req: Request):
    data = await req.json()
    for e in data.get("entry", []):
        for ch in e.get("changes", []):
            for m in ch.get("value", {}).get("messages", []):
                if m.get("type") == "text":
                    await tuma(m["from"], jibu(m["from"], m["text"]["body"]))
    return {"status": "ok"}
