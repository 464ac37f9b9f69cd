from pathlib import Path

import anthropic
import requests
from fastapi import FastAPI, Request, Response
from pydantic_settings import BaseSettings

from .freshdesk import open_support_ticket


class Settings(BaseSettings):
    wa_token: str
    wa_phone_id: str
    wa_verify: str


s = Settings()
app = FastAPI()
claude = anthropic.Anthropic()
SYSTEM = (Path(__file__).parent / "system_prompt.txt").read_text(encoding="utf-8")

TOOLS = [
    {"name": "order_status", "description": "حالة الطلب", "input_schema": {"type": "object", "properties": {"order_no": {"type": "string"}}, "required": ["order_no"]}},
    {"name": "open_support_ticket", "description": "تحويل المحادثة لموظف خدمة العملاء", "input_schema": {"type": "object", "properties": {"summary": {"type": "string"}}, "required": ["summary"]}},
]


def send(to: str, text: str):
    requests.post(
        f"https://graph.facebook.com/v21.0/{s.wa_phone_id}/messages",
        headers={"Authorization": f"Bearer {s.wa_token}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": text}},
        timeout=10,
    )


@app.get("/webhook")
def verify(request: Request):
    p = request.query_params
    if p.get("hub.verify_token") == s.wa_verify:
        return Response(p.get("hub.challenge"))
    return Response(status_code=403)


@app.post("/webhook")
async def incoming(request: Request):
    data = await request.json()
    try:
        m = data["entry"][0]["changes"][0]["value"]["messages"][0]
    except (KeyError, IndexError):
        return {"ok": True}
    if m["type"] != "text":
        return {"ok": True}

    msgs = [{"role": "user", "content": m["text"]["body"]}]
    while True:
        r = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=700, system=SYSTEM, tools=TOOLS, messages=msgs)
        if r.stop_reason != "tool_use":
            break
        call = next(b for b in r.content if b.type == "tool_use")
        if call.name == "open_support_ticket":
            result = open_support_ticket(m["from"], call.input["summary"])
        else:
            result = {"order_no": call.input["order_no"], "status": "قيد التجهيز"}
        msgs += [{"role": "assistant", "content": r.content},
                 {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": str(result)}]}]
    send(m["from"], "".join(b.text for b in r.content if b.type == "text"))
    return {"ok": True}
