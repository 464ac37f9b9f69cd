import json
from collections import defaultdict

import httpx
from fastapi import FastAPI, Request, Response, BackgroundTasks
from openai import AsyncOpenAI

from .booking import TOOLS, check_availability
from .config import settings

app = FastAPI()
client = AsyncOpenAI()
threads: dict[str, list] = defaultdict(list)


async def send(to: str, body: str) -> None:
    url = f"https://graph.facebook.com/{settings.whatsapp.graph_version}/{settings.whatsapp.phone_number_id}/messages"
    async with httpx.AsyncClient() as c:
        await c.post(url, headers={"Authorization": f"Bearer {settings.wa_token}"},
                     json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}})


async def answer(wa_id: str, text: str) -> None:
    msgs = threads[wa_id]
    msgs.append({"role": "user", "content": text})
    convo = [{"role": "system", "content": settings.llm.system_prompt}, *msgs[-12:]]
    for _ in range(3):
        r = await client.chat.completions.create(model=settings.llm.model, temperature=settings.llm.temperature,
                                                 messages=convo, tools=TOOLS)
        m = r.choices[0].message
        if not m.tool_calls:
            msgs.append({"role": "assistant", "content": m.content})
            await send(wa_id, m.content or "")
            return
        convo.append(m.model_dump(exclude_none=True))
        for call in m.tool_calls:
            result = await check_availability(**json.loads(call.function.arguments))
            convo.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})


@app.get("/webhook")
async def verify(request: Request):
    q = request.query_params
    if q.get("hub.verify_token") == settings.verify_token:
        return Response(q.get("hub.challenge", ""))
    return Response(status_code=403)


@app.post("/webhook")
async def inbound(request: Request, bg: BackgroundTasks):
    data = await request.json()
    for entry in data.get("entry", []):
        for ch in entry.get("changes", []):
            for msg in ch["value"].get("messages", []):
                if msg.get("type") == "text":
                    bg.add_task(answer, msg["from"], msg["text"]["body"])
    return {"status": "ok"}
