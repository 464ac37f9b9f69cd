import os

import httpx
from fastapi import BackgroundTasks, FastAPI, Request

from .agente.grafo import responder

app = FastAPI()
D360_URL = "https://waba-v2.360dialog.io/messages"


async def enviar(para: str, texto: str) -> None:
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post(
            D360_URL,
            headers={"D360-API-KEY": os.environ["D360_API_KEY"]},
            json={"messaging_product": "whatsapp", "recipient_type": "individual", "to": para,
                  "type": "text", "text": {"body": texto}},
        )


async def processar(wa_id: str, texto: str) -> None:
    resposta = await responder(wa_id, texto)
    await enviar(wa_id, resposta)


@app.post("/d360")
async def webhook(req: Request, bg: BackgroundTasks):
    body = await req.json()
    for entry in body.get("entry", []):
        for ch in entry.get("changes", []):
            for m in ch.get("value", {}).get("messages", []):
                if m.get("type") == "text":
                    bg.add_task(processar, m["from"], m["text"]["body"])
    return {"ok": True}
