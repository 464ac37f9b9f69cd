import os

import httpx
from fastapi import BackgroundTasks, FastAPI, Request
from openai import OpenAI

from .models import Session, Tenant
from .prompts import build_prompt

WAHA = os.environ.get("WAHA_URL", "http://waha:3000")
client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
app = FastAPI()
history: dict[str, list] = {}
human_mode: set[str] = set()


def send(session: str, chat_id: str, text: str):
    httpx.post(f"{WAHA}/api/sendText", json={"session": session, "chatId": chat_id, "text": text},
               headers={"X-Api-Key": os.environ.get("WAHA_API_KEY", "")}, timeout=15)


def handle(session: str, chat_id: str, text: str):
    with Session() as db:
        tenant = db.query(Tenant).filter_by(waha_session=session).one_or_none()
    if tenant is None or chat_id in human_mode:
        return
    key = f"{session}:{chat_id}"
    h = history.setdefault(key, [])
    h.append({"role": "user", "content": text})
    r = client.chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "system", "content": build_prompt(tenant)}, *h[-16:]],
        temperature=0.3,
    )
    out = r.choices[0].message.content.strip()
    h.append({"role": "assistant", "content": out})
    if "【转人工】" in out:
        human_mode.add(chat_id)
        send(session, f"{tenant.manager_phone}@c.us", f"顾客 {chat_id.split('@')[0]} 需要人工客服，请直接在店里手机上回复他。")
        send(session, chat_id, "好的，已为您通知店长，稍后会有工作人员在这里回复您 🙏")
        return
    send(session, chat_id, out)


@app.post("/waha/webhook")
async def webhook(req: Request, bg: BackgroundTasks):
    ev = await req.json()
    if ev.get("event") == "message" and not ev["payload"].get("fromMe"):
        p = ev["payload"]
        bg.add_task(handle, ev["session"], p["from"], p.get("body") or "")
    return {"ok": True}


@app.post("/admin/release/{chat_id}")
def release(chat_id: str):
    human_mode.discard(chat_id)
    return {"released": chat_id}
