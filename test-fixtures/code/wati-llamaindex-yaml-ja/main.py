import os

import httpx
import yaml
from fastapi import FastAPI, Request
from llama_index.core import SimpleDirectoryReader, VectorStoreIndex

with open("config.yaml", encoding="utf-8") as f:
    CONFIG = yaml.safe_load(f)

WATI_API = os.environ["WATI_API_ENDPOINT"]
WATI_TOKEN = os.environ["WATI_TOKEN"]
HEADERS = {"Authorization": f"Bearer {WATI_TOKEN}"}
STAFF_WORDS = ("スタッフ", "担当者", "人と話したい")

index = VectorStoreIndex.from_documents(SimpleDirectoryReader("docs").load_data())
chat_engine = index.as_chat_engine(chat_mode="context", system_prompt=CONFIG["assistant"]["system_prompt"])

app = FastAPI()


async def send_text(wa_id: str, text: str) -> None:
    async with httpx.AsyncClient() as client:
        await client.post(
            f"{WATI_API}/api/v1/sendSessionMessage/{wa_id}", params={"messageText": text}, headers=HEADERS
        )


async def hand_to_staff(wa_id: str) -> None:
    async with httpx.AsyncClient() as client:
        await client.post(
            f"{WATI_API}/api/v1/assignOperator",
            params={"email": CONFIG["clinic"]["staff_email"], "whatsappNumber": wa_id},
            headers=HEADERS,
        )


@app.post("/wati/webhook")
async def webhook(request: Request):
    event = await request.json()
    if event.get("eventType") != "message" or event.get("owner"):
        return {"ok": True}
    wa_id, text = event["waId"], event.get("text") or ""
    if any(word in text for word in STAFF_WORDS):
        await hand_to_staff(wa_id)
        await send_text(wa_id, "受付スタッフにおつなぎします。少々お待ちください。")
        return {"ok": True}
    answer = chat_engine.chat(text)
    await send_text(wa_id, str(answer))
    return {"ok": True}
