import os

from flask import Flask, request
from heyoo import WhatsApp
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_ollama import ChatOllama

from .prompts import COUNSELLOR_MSG, SYSTEM

app = Flask(__name__)
wa = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_ID"])
llm = ChatOllama(model=os.getenv("OLLAMA_MODEL", "llama3.1:8b"), base_url=os.getenv("OLLAMA_URL", "http://localhost:11434"))
COUNSELLOR_NUMBERS = [n for n in os.getenv("COUNSELLOR_NUMBERS", "").split(",") if n]


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.environ["VERIFY_TOKEN"]:
        return request.args.get("hub.challenge", "")
    return "forbidden", 403


@app.post("/webhook")
def hook():
    data = request.get_json()
    if wa.get_message_type(data) != "text":
        return "ok"
    mobile, name, text = wa.get_mobile(data), wa.get_name(data), wa.get_message(data)

    if "काउंसलर" in text or "counsellor" in text.lower() or "counselor" in text.lower():
        for staff in COUNSELLOR_NUMBERS:
            wa.send_message(f"नया लीड: {name} ({mobile}) काउंसलर से बात करना चाहता है। संदेश: {text}", staff)
        wa.send_message(COUNSELLOR_MSG, mobile)
        return "ok"

    answer = llm.invoke([SystemMessage(content=SYSTEM), HumanMessage(content=text)]).content
    for i in range(0, len(answer), 3500):
        wa.send_message(answer[i:i + 3500], mobile)
    return "ok"
