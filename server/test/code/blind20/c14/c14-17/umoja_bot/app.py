import json
from collections import defaultdict

import httpx
from fastapi import BackgroundTasks, FastAPI, HTTPException, Request
from fastapi.responses import PlainTextResponse
from groq import AsyncGroq

from .settings import CFG, SYSTEM_PROMPT, VERIFY_TOKEN, WA_PHONE_ID, WA_TOKEN
from .tools import SALIO_TOOL, salio

app = FastAPI()
groq = AsyncGroq()
historia: dict[str, list] = defaultdict(list)
GRAPH = f"https://graph.facebook.com/{CFG['whatsapp']['graph_version']}/{WA_PHONE_ID}/messages"


async def tuma(to: str, body: str) -> None:
    async with httpx.AsyncClient(timeout=10) as c:
        await c.post(GRAPH, headers={"Authorization": f"Bearer {WA_TOKEN}"},
                     json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}})


async def jibu(wa_id: str, text: str) -> None:
    h = historia[wa_id]
    h.append({"role": "user", "content": text})
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, *h[-10:]]
    for _ in range(3):
        res = await groq.chat.completions.create(
            model=CFG["llm"]["model"], temperature=CFG["llm"]["temperature"],
            messages=messages, tools=[SALIO_TOOL],
        )
        m = res.choices[0].message
        if not m.tool_calls:
            h.append({"role": "assistant", "content": m.content})
            await tuma(wa_id, m.content)
            return
        messages.append(m)
        for call in m.tool_calls:
            out = await salio(wa_id, **json.loads(call.function.arguments))
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(out)})
    await tuma(wa_id, "Samahani, jaribu tena baadaye.")


@app.get("/webhook", response_class=PlainTextResponse)
async def verify(request: Request):
    p = request.query_params
    if p.get("hub.verify_token") == VERIFY_TOKEN:
        return p.get("hub.challenge", "")
    raise HTTPException(403)


@app.post("/webhook")
async def inbound(request: Request, bg: BackgroundTasks):
    body = await request.json()
    try:
        msg = body["entry"][0]["changes"][0]["value"]["messages"][0]
    except (KeyError, IndexError):
        return {"ok": True}
    if msg.get("type") == "text":
        bg.add_task(jibu, msg["from"], msg["text"]["body"])
    return {"ok": True}
