import httpx

from .settings import settings

GRAPH = "https://graph.facebook.com/v20.0"


async def send_text(to: str, body: str) -> None:
    async with httpx.AsyncClient(timeout=15) as client:
        r = await client.post(
            f"{GRAPH}/{settings.wa_phone_number_id}/messages",
            headers={"Authorization": f"Bearer {settings.wa_token}"},
            json={
                "messaging_product": "whatsapp",
                "recipient_type": "individual",
                "to": to,
                "type": "text",
                "text": {"preview_url": False, "body": body},
            },
        )
        r.raise_for_status()
