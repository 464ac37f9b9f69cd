"""Hand a WhatsApp conversation from the bot to the human support team in Chatwoot."""
import logging

import httpx

from app import settings

log = logging.getLogger(__name__)
_BASE = f"{settings.CHATWOOT_URL}/api/v1/accounts/{settings.CHATWOOT_ACCOUNT_ID}"
_HEADERS = {"api_access_token": settings.CHATWOOT_BOT_TOKEN}


async def escalate(conversation_id: int, reason: str) -> None:
    async with httpx.AsyncClient(timeout=15) as c:
        # 1) assign to the support team so an agent picks it up
        await c.post(
            f"{_BASE}/conversations/{conversation_id}/assignments",
            headers=_HEADERS,
            json={"team_id": settings.CHATWOOT_SUPPORT_TEAM_ID},
        )
        # 2) move it out of "pending" -> the agent bot stops receiving it
        await c.post(
            f"{_BASE}/conversations/{conversation_id}/toggle_status",
            headers=_HEADERS,
            json={"status": "open"},
        )
        # 3) private note for the agent
        await c.post(
            f"{_BASE}/conversations/{conversation_id}/messages",
            headers=_HEADERS,
            json={"content": f"تحويل من البوت: {reason}", "message_type": "outgoing", "private": True},
        )
    log.info("conversation %s escalated to team %s", conversation_id, settings.CHATWOOT_SUPPORT_TEAM_ID)
