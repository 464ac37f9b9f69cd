import httpx

from .settings import settings

_headers = {"Authorization": f"Bearer {settings.wati_token}"}


async def send_session_message(wa_number: str, text: str) -> None:
    async with httpx.AsyncClient(base_url=settings.wati_base, headers=_headers, timeout=20) as c:
        await c.post(f"/api/v1/sendSessionMessage/{wa_number}", params={"messageText": text})


async def assign_operator(wa_number: str) -> None:
    """Moves the chat from the bot to the claims desk inbox in WATI."""
    async with httpx.AsyncClient(base_url=settings.wati_base, headers=_headers, timeout=20) as c:
        r = await c.post(
            "/api/v1/assignOperator",
            params={"email": settings.claims_team_email, "whatsappNumber": wa_number},
        )
        r.raise_for_status()
