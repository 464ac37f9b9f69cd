import httpx
from .settings import settings

_h = {"Authorization": f"Bearer {settings.wati_token}"}


async def send_session_message(wa_id: str, text: str) -> None:
    async with httpx.AsyncClient(timeout=15) as c:
        await c.post(
            f"{settings.wati_base_url}/api/v1/sendSessionMessage/{wa_id}",
            params={"messageText": text},
            headers=_h,
        )


async def assign_operator(wa_id: str, email: str) -> bool:
    """Assigns the WATI conversation to a team member; WATI stops routing it to the bot."""
    async with httpx.AsyncClient(timeout=15) as c:
        r = await c.post(
            f"{settings.wati_base_url}/api/v1/assignOperator",
            params={"email": email, "whatsappNumber": wa_id},
            headers=_h,
        )
        return r.status_code == 200 and r.json().get("result", False)
