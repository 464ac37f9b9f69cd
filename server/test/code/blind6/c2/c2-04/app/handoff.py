import httpx

from .settings import settings

_muted: set[str] = set()


def is_with_staff(wa_id: str) -> bool:
    return wa_id in _muted


async def open_chatwoot_conversation(wa_id: str, name: str, summary: str) -> None:
    """Create a contact + open conversation in Chatwoot so the front desk takes over."""
    base = f"{settings.chatwoot_url}/api/v1/accounts/{settings.chatwoot_account_id}"
    headers = {"api_access_token": settings.chatwoot_api_token}
    async with httpx.AsyncClient(timeout=15) as client:
        contact = await client.post(
            f"{base}/contacts",
            headers=headers,
            json={"inbox_id": settings.chatwoot_inbox_id, "name": name or wa_id, "phone_number": f"+{wa_id}"},
        )
        contact.raise_for_status()
        source_id = contact.json()["payload"]["contact_inbox"]["source_id"]
        conv = await client.post(
            f"{base}/conversations",
            headers=headers,
            json={
                "source_id": source_id,
                "inbox_id": settings.chatwoot_inbox_id,
                "status": "open",
                "message": {"content": f"[Dialihkan dari bot] {summary}"},
            },
        )
        conv.raise_for_status()
    _muted.add(wa_id)
