import httpx
from fastapi import FastAPI, Request
from openai import AsyncOpenAI

from app.config import settings

app = FastAPI()
llm = AsyncOpenAI()


class Replier:
    def __init__(self):
        self.instructions = settings.system_prompt

    async def reply(self, text: str) -> str:
        out = await llm.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": self.instructions}, {"role": "user", "content": text}],
        )
        return out.choices[0].message.content


replier = Replier()


@app.post("/webhook")
async def webhook(req: Request):
    body = await req.json()
    m = body["entry"][0]["changes"][0]["value"]["messages"][0]
    text = await replier.reply(m["text"]["body"])
    async with httpx.AsyncClient() as h:
        await h.post(
            f"https://graph.facebook.com/v20.0/{settings.phone_number_id}/messages",
            headers={"Authorization": f"Bearer {settings.graph_token}"},
            json={"messaging_product": "whatsapp", "to": m["from"], "text": {"body": text}},
        )
    return {"ok": True}
