import os

import requests
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

from assistant import answer
from handoff import is_with_human

app = FastAPI(title="Northbridge WhatsApp")


def send_whatsapp(to: str, body: str) -> None:
    requests.post(
        f"https://graph.facebook.com/v20.0/{os.environ['META_PHONE_NUMBER_ID']}/messages",
        headers={"Authorization": f"Bearer {os.environ['META_ACCESS_TOKEN']}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=15,
    )


@app.get("/whatsapp")
async def verify(request: Request):
    q = request.query_params
    if q.get("hub.verify_token") == os.environ["META_VERIFY_TOKEN"]:
        return PlainTextResponse(q.get("hub.challenge", ""))
    return PlainTextResponse("forbidden", status_code=403)


@app.post("/whatsapp")
async def inbound(request: Request):
    data = await request.json()
    value = data["entry"][0]["changes"][0]["value"]
    for m in value.get("messages", []):
        if m["type"] != "text" or is_with_human(m["from"]):
            continue
        reply = await answer(m["from"], m["text"]["body"])
        send_whatsapp(m["from"], reply)
    return {"ok": True}
