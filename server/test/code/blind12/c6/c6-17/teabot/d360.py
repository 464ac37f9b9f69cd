import os

import httpx

D360_URL = "https://waba-v2.360dialog.io/messages"
HEADERS = {"D360-API-KEY": os.environ.get("D360_API_KEY", ""), "Content-Type": "application/json"}


async def send_text(to: str, body: str) -> None:
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post(
            D360_URL,
            headers=HEADERS,
            json={"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "text", "text": {"body": body}},
        )
        r.raise_for_status()


async def mark_read(message_id: str) -> None:
    async with httpx.AsyncClient(timeout=10) as c:
        await c.post(D360_URL, headers=HEADERS, json={"messaging_product": "whatsapp", "status": "read", "message_id": message_id})
