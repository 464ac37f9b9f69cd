import hashlib
import hmac
import os

import httpx
from fastapi import BackgroundTasks, FastAPI, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse

from .agent import answer
from .tools import r

app = FastAPI(title="saree3-wa")
TOKEN = os.environ["WA_TOKEN"]
PHONE_ID = os.environ["WA_PHONE_NUMBER_ID"]
APP_SECRET = os.environ["META_APP_SECRET"].encode()


@app.get("/webhook")
def verify(mode: str = Query(alias="hub.mode"), token: str = Query(alias="hub.verify_token"),
           challenge: str = Query(alias="hub.challenge")):
    if mode == "subscribe" and token == os.environ["WA_VERIFY_TOKEN"]:
        return PlainTextResponse(challenge)
    raise HTTPException(403)


async def send_text(to: str, body: str) -> None:
    async with httpx.AsyncClient(timeout=15) as c:
        await c.post(
            f"https://graph.facebook.com/v21.0/{PHONE_ID}/messages",
            headers={"Authorization": f"Bearer {TOKEN}"},
            json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        )


async def handle(wa_id: str, text: str) -> None:
    if r.exists(f"human:{wa_id}"):
        return
    await send_text(wa_id, await answer(wa_id, text))


@app.post("/webhook")
async def inbound(request: Request, bg: BackgroundTasks):
    raw = await request.body()
    sig = request.headers.get("x-hub-signature-256", "")
    if not hmac.compare_digest(sig, "sha256=" + hmac.new(APP_SECRET, raw, hashlib.sha256).hexdigest()):
        raise HTTPException(401)
    data = await request.json()
    for entry in data.get("entry", []):
        for ch in entry.get("changes", []):
            for m in ch["value"].get("messages", []):
                if m.get("type") == "text":
                    bg.add_task(handle, m["from"], m["text"]["body"])
    return {"ok": True}
