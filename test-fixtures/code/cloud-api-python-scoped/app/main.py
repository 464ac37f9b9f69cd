import os

import requests
from fastapi import FastAPI, Request
from openai import OpenAI

from .prompts import SYSTEM_PROMPT

app = FastAPI()
client = OpenAI()
GRAPH_URL = f"https://graph.facebook.com/v21.0/{os.environ['PHONE_NUMBER_ID']}/messages"
CHATWOOT_URL = os.environ.get("CHATWOOT_URL", "https://chatwoot.example.com")

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "transfer_to_agent",
            "description": "Pasa la conversación a un farmacéutico.",
            "parameters": {"type": "object", "properties": {}},
        },
    }
]


@app.get("/webhook")
def verify(request: Request):
    if request.query_params.get("hub.verify_token") == os.environ["VERIFY_TOKEN"]:
        return int(request.query_params["hub.challenge"])
    return "forbidden"


@app.post("/webhook")
async def receive(request: Request):
    body = await request.json()
    value = body["entry"][0]["changes"][0]["value"]
    for message in value.get("messages", []):
        if message["type"] != "text":
            continue
        reply = answer(message["text"]["body"], message["from"])
        send_text(message["from"], reply)
    return {"ok": True}


def answer(text: str, wa_id: str) -> str:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": text}],
        tools=TOOLS,
    )
    choice = completion.choices[0].message
    if choice.tool_calls:
        hand_to_pharmacist(wa_id)
        return "Te comunico con un farmacéutico."
    return choice.content


def hand_to_pharmacist(wa_id: str) -> None:
    requests.post(f"{CHATWOOT_URL}/api/v1/accounts/1/conversations/{wa_id}/toggle_status", json={"status": "open"}, timeout=10)


def send_text(to: str, text: str) -> None:
    requests.post(GRAPH_URL, json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": text}}, timeout=10)
