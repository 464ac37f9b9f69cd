import httpx
from fastapi import FastAPI, HTTPException, Query, Request

from .llm import tra_loi
from .settings import settings

app = FastAPI()


async def gui_tin(to: str, body: str) -> None:
    async with httpx.AsyncClient(timeout=10) as c:
        await c.post(
            f"https://graph.facebook.com/v21.0/{settings.wa_phone_id}/messages",
            headers={"Authorization": f"Bearer {settings.wa_token}"},
            json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        )


@app.get("/webhook")
async def verify(
    mode: str = Query(alias="hub.mode"),
    token: str = Query(alias="hub.verify_token"),
    challenge: str = Query(alias="hub.challenge"),
):
    if mode == "subscribe" and token == settings.wa_verify:
        return int(challenge)
    raise HTTPException(403)


@app.post("/webhook")
async def nhan_tin(req: Request):
    body = await req.json()
    for e in body.get("entry", []):
        for ch in e.get("changes", []):
            for m in ch["value"].get("messages", []):
                if m.get("type") == "text":
                    await gui_tin(m["from"], await tra_loi(m["from"], m["text"]["body"]))
    return {"ok": True}
