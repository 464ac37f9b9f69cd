import os

from fastapi import BackgroundTasks, FastAPI, Request, Response

from bot.kernel import answer
from bot.whatsapp import send_text

app = FastAPI()


@app.get("/webhook")
async def verify(request: Request):
    p = request.query_params
    if p.get("hub.mode") == "subscribe" and p.get("hub.verify_token") == os.environ["VERIFY_TOKEN"]:
        return Response(p.get("hub.challenge"), media_type="text/plain")
    return Response(status_code=403)


async def handle(wa_id: str, text: str) -> None:
    send_text(wa_id, await answer(wa_id, text))


@app.post("/webhook")
async def webhook(request: Request, tasks: BackgroundTasks):
    data = await request.json()
    for entry in data.get("entry", []):
        for change in entry.get("changes", []):
            for m in change["value"].get("messages", []):
                if m["type"] == "text":
                    tasks.add_task(handle, m["from"], m["text"]["body"])
    return {"status": "received"}
