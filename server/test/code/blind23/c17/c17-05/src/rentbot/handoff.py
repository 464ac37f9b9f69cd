import logging

import httpx

from .settings import settings

log = logging.getLogger(__name__)


async def handoff_to_agent(wa_id: str, reason: str) -> str:
    if not settings.handoff_enabled or not settings.agents_inbox_webhook:
        log.warning("handoff requested but disabled wa_id=%s reason=%s", wa_id, reason)
        return "تم تسجيل طلبك، شكراً لتواصلك مع صحراء."
    async with httpx.AsyncClient(timeout=10) as c:
        await c.post(settings.agents_inbox_webhook, json={"wa_id": wa_id, "reason": reason})
    return "تم تحويلك لأحد موظفينا، بيرد عليك خلال دقائق."
