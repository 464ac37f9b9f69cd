from fastapi import BackgroundTasks, FastAPI, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse

from .settings import settings
from .whatsapp import send_text
from .assistant import reply_to_patient

app = FastAPI(title="Klinik Sehat WhatsApp")


@app.get("/webhook")
def verify(
    mode: str = Query(alias="hub.mode"),
    token: str = Query(alias="hub.verify_token"),
    challenge: str = Query(alias="hub.challenge"),
):
    if mode == "subscribe" and token == settings.wa_verify_token:
        return PlainTextResponse(challenge)
    raise HTTPException(status_code=403)


async def _process(wa_id: str, name: str, text: str) -> None:
    answer = await reply_to_patient(wa_id, name, text)
    if answer:
        await send_text(wa_id, answer)


@app.post("/webhook")
async def receive(request: Request, tasks: BackgroundTasks):
    payload = await request.json()
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            contacts = {c["wa_id"]: c["profile"]["name"] for c in value.get("contacts", [])}
            for msg in value.get("messages", []):
                if msg.get("type") != "text":
                    continue
                wa_id = msg["from"]
                tasks.add_task(_process, wa_id, contacts.get(wa_id, ""), msg["text"]["body"])
    return {"status": "ok"}
