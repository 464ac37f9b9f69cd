import os

import httpx
from fastapi import FastAPI, Request
from langchain_core.chat_history import InMemoryChatMessageHistory
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables.history import RunnableWithMessageHistory
from langchain_openai import ChatOpenAI

from . import prompts

cfg = prompts.load()
prompt = ChatPromptTemplate.from_messages([
    ("system", prompts.system_prompt().replace("{", "{{").replace("}", "}}")),
    MessagesPlaceholder("history"),
    ("human", "{input}"),
])
chain = prompt | ChatOpenAI(model=cfg["model"], temperature=cfg["temperatuur"])
stores: dict[str, InMemoryChatMessageHistory] = {}
bot = RunnableWithMessageHistory(chain, lambda sid: stores.setdefault(sid, InMemoryChatMessageHistory()),
                                 input_messages_key="input", history_messages_key="history")

app = FastAPI()
D360 = "https://waba-v2.360dialog.io/messages"


@app.post("/webhook")
async def webhook(req: Request):
    data = await req.json()
    for entry in data.get("entry", []):
        for ch in entry.get("changes", []):
            for m in ch["value"].get("messages", []):
                if m.get("type") != "text":
                    continue
                out = await bot.ainvoke({"input": m["text"]["body"]}, config={"configurable": {"session_id": m["from"]}})
                async with httpx.AsyncClient() as c:
                    await c.post(D360, headers={"D360-API-KEY": os.environ["D360_API_KEY"]},
                                 json={"messaging_product": "whatsapp", "recipient_type": "individual",
                                       "to": m["from"], "type": "text", "text": {"body": out.content}})
    return {"status": "ok"}
