import os
from collections import defaultdict, deque

import ollama
from dotenv import load_dotenv
from fastapi import FastAPI, Form, Response
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse

from .prompt import MFUMO

load_dotenv()

app = FastAPI(title="Mwalimu Bot")
twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
llm = ollama.Client(host=os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434"))
MODEL = os.getenv("OLLAMA_MODEL", "llama3.1:8b")

historia: dict[str, deque] = defaultdict(lambda: deque(maxlen=10))


def gawanya(maandishi: str, urefu: int = 1500) -> list[str]:
    """Twilio WhatsApp inakubali herufi 1600 kwa ujumbe mmoja."""
    return [maandishi[i : i + urefu] for i in range(0, len(maandishi), urefu)] or [""]


@app.post("/whatsapp")
async def whatsapp(From: str = Form(...), Body: str = Form("")):
    swali = Body.strip()
    if swali.lower() in {"anza", "reset"}:
        historia.pop(From, None)
        twiml = MessagingResponse()
        twiml.message("Sawa! Tumeanza upya. Uliza swali lako 📚")
        return Response(str(twiml), media_type="application/xml")

    h = historia[From]
    h.append({"role": "user", "content": swali})
    jibu = llm.chat(model=MODEL, messages=[{"role": "system", "content": MFUMO}, *h])
    maandishi = jibu["message"]["content"]
    h.append({"role": "assistant", "content": maandishi})

    for kipande in gawanya(maandishi):
        twilio.messages.create(from_=os.environ["TWILIO_WHATSAPP_FROM"], to=From, body=kipande)
    return Response(str(MessagingResponse()), media_type="application/xml")
