import os

import httpx

CW = os.environ["CHATWOOT_URL"].rstrip("/")
ACC = os.environ["CHATWOOT_ACCOUNT"]
H = {"api_access_token": os.environ["CHATWOOT_BOT_TOKEN"]}


async def handoff(conversation_id: int) -> None:
    async with httpx.AsyncClient() as c:
        await c.post(f"{CW}/api/v1/accounts/{ACC}/conversations/{conversation_id}/toggle_status",
                     headers=H, json={"status": "open"})
        await c.post(f"{CW}/api/v1/accounts/{ACC}/conversations/{conversation_id}/labels",
                     headers=H, json={"labels": ["operator"]})


async def reply(conversation_id: int, text: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post(f"{CW}/api/v1/accounts/{ACC}/conversations/{conversation_id}/messages",
                     headers=H, json={"content": text, "message_type": "outgoing"})
