import os
from pathlib import Path

import httpx
import yaml
from fastapi import FastAPI, Query, Request, Response
from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.core.memory import ChatMemoryBuffer
from llama_index.llms.openai import OpenAI

CFG = yaml.safe_load(Path("settings.yaml").read_text(encoding="utf-8"))

Settings.llm = OpenAI(model=CFG["llm"]["model"], temperature=CFG["llm"]["temperature"])
index = VectorStoreIndex.from_documents(SimpleDirectoryReader("docs").load_data())

engines: dict = {}


def engine_for(wa_id: str):
    if wa_id not in engines:
        engines[wa_id] = index.as_chat_engine(
            chat_mode="context",
            memory=ChatMemoryBuffer.from_defaults(token_limit=CFG["chat"]["memory_tokens"]),
            system_prompt=CFG["chat"]["system_prompt"],
        )
    return engines[wa_id]


app = FastAPI()
GRAPH = f"https://graph.facebook.com/v21.0/{os.environ['WA_PHONE_NUMBER_ID']}/messages"


async def send_text(to: str, body: str) -> None:
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post(
            GRAPH,
            headers={"Authorization": f"Bearer {os.environ['WA_ACCESS_TOKEN']}"},
            json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        )


@app.get("/webhook")
def verify(mode: str = Query(alias="hub.mode"), token: str = Query(alias="hub.verify_token"),
           challenge: str = Query(alias="hub.challenge")):
    if mode == "subscribe" and token == os.environ["WA_VERIFY_TOKEN"]:
        return Response(content=challenge)
    return Response(status_code=403)


@app.post("/webhook")
async def receive(request: Request):
    payload = await request.json()
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            for msg in change.get("value", {}).get("messages", []):
                if msg.get("type") != "text":
                    continue
                wa_id = msg["from"]
                answer = await engine_for(wa_id).achat(msg["text"]["body"])
                await send_text(wa_id, str(answer))
    return {"status": "ok"}
