"""Chatwoot Agent Bot for Noor Electronics' WhatsApp Cloud API inbox.

Chatwoot forwards inbound WhatsApp messages of conversations in status "pending"
to this webhook; once a conversation is "open" it belongs to the human agents.
"""
from fastapi import FastAPI, Request

from app.bot import answer
from app.services import chatwoot, handoff

app = FastAPI()


@app.post("/chatwoot/agent-bot")
async def agent_bot(request: Request):
    ev = await request.json()
    if ev.get("event") != "message_created" or ev.get("message_type") != "incoming":
        return {"ok": True}
    conv = ev["conversation"]
    if conv.get("status") != "pending":
        return {"ok": True}  # a human owns it

    text = (ev.get("content") or "").strip()
    if not text:
        return {"ok": True}

    reply = await answer(conv["id"], text)
    if reply.startswith("[HANDOFF]"):
        await chatwoot.send_message(conv["id"], reply.removeprefix("[HANDOFF]").strip() or "سيتواصل معك أحد موظفينا خلال دقائق.")
        await handoff.escalate(conv["id"], text[:200])
        return {"ok": True}
    await chatwoot.send_message(conv["id"], reply)
    return {"ok": True}
