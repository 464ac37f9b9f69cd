import os
import re

import asyncpg
from fastapi import FastAPI, Request
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from app.prompts import build_system_prompt
from app import wati

app = FastAPI()
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.5)
memory: dict[tuple[str, str], list] = {}
HUMAN_RE = re.compile(r"\b(agent|human|customer care|real person)\b", re.I)


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.post("/wati/{slug}")
async def inbound(slug: str, request: Request):
    ev = await request.json()
    if ev.get("eventType") != "message" or ev.get("owner") or ev.get("type") != "text":
        return {"ok": True}
    row = await app.state.pool.fetchrow("select * from tenants where slug = $1", slug)
    if not row:
        return {"ok": False}
    tenant = dict(row)
    wa_id, text = ev["waId"], ev["text"]

    if HUMAN_RE.search(text) and await wati.assign_operator(tenant, wa_id):
        await wati.send(tenant, wa_id, "Connecting you to our team now 👍")
        return {"ok": True}

    hist = memory.setdefault((slug, wa_id), [])
    hist.append(HumanMessage(text))
    out = await llm.ainvoke([SystemMessage(build_system_prompt(tenant)), *hist[-12:]])
    hist.append(AIMessage(out.content))
    await wati.send(tenant, wa_id, out.content)
    return {"ok": True}
