from fastapi import BackgroundTasks, FastAPI, HTTPException, Request
from fastapi.responses import PlainTextResponse

from . import llm, whatsapp
from .settings import WA_VERIFY_TOKEN

app = FastAPI(title="鴨川テラス コンシェルジュ")


@app.get("/webhook", response_class=PlainTextResponse)
def verify(request: Request):
    q = request.query_params
    if q.get("hub.mode") == "subscribe" and q.get("hub.verify_token") == WA_VERIFY_TOKEN:
        return q.get("hub.challenge", "")
    raise HTTPException(status_code=403)


def _handle(wa_id: str, text: str) -> None:
    whatsapp.send_text(wa_id, llm.reply(wa_id, text))


@app.post("/webhook")
async def receive(request: Request, bg: BackgroundTasks):
    data = await request.json()
    for entry in data.get("entry", []):
        for change in entry.get("changes", []):
            for m in change.get("value", {}).get("messages", []):
                if m.get("type") == "text":
                    bg.add_task(_handle, m["from"], m["text"]["body"])
    return {"status": "ok"}
