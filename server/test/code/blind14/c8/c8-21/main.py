import os
from fastapi import FastAPI, Form, Response
from twilio.rest import Client

from studybuddy.brain import think

app = FastAPI()
tw = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ.get("TWILIO_WHATSAPP_NUMBER", "whatsapp:+14155238886")


@app.post("/incoming")
async def incoming(From: str = Form(...), Body: str = Form("")):
    text = Body.strip()
    if text.lower() in {"hi", "hello", "start"}:
        reply = "Hey! I'm Sage 👋 Ask me anything — homework, code, recipes, life stuff. What's on your mind?"
    else:
        reply = think(From, text)
    tw.messages.create(from_=FROM, to=From, body=reply)
    return Response(status_code=204)
