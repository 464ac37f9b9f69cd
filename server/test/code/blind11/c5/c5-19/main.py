import os
from pathlib import Path

import yaml
from fastapi import FastAPI, Form, Response
from litellm import completion
from twilio.twiml.messaging_response import MessagingResponse

CFG = yaml.safe_load(Path(__file__).with_name("config").joinpath("bot.yaml").read_text(encoding="utf-8"))["bot"]
app = FastAPI()
HIST: dict[str, list[dict]] = {}


def ask(user: str, text: str) -> str:
    h = HIST.setdefault(user, [])
    h.append({"role": "user", "content": text})
    msgs = [{"role": "system", "content": CFG["system_prompt"]}, *h[-CFG["max_history"]:]]
    try:
        r = completion(model=CFG["model"], messages=msgs)
    except Exception:
        r = completion(model=CFG["fallback_model"], messages=msgs)
    out = r.choices[0].message.content
    h.append({"role": "assistant", "content": out})
    return out


@app.post("/twilio/whatsapp")
async def whatsapp(From: str = Form(...), Body: str = Form("")):
    resp = MessagingResponse()
    t = Body.strip()
    if t.lower() in {"contact", "humain", "conseiller", "aide"}:
        resp.message(CFG["contact_message"])
    elif t.lower() == "/reset":
        HIST.pop(From, None)
        resp.message("C'est reparti à zéro ✨")
    else:
        resp.message(ask(From, t)[:1500])
    return Response(content=str(resp), media_type="application/xml")
