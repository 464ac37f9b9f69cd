import httpx

from app import settings

_BASE = f"{settings.CHATWOOT_URL}/api/v1/accounts/{settings.CHATWOOT_ACCOUNT_ID}"
_HEADERS = {"api_access_token": settings.CHATWOOT_BOT_TOKEN}


async def send_message(conversation_id: int, content: str) -> None:
    async with httpx.AsyncClient(timeout=15) as c:
        r = await c.post(
            f"{_BASE}/conversations/{conversation_id}/messages",
            headers=_HEADERS,
            json={"content": content, "message_type": "outgoing"},
        )
        r.raise_for_status()
