"""Serah-terima chat ke CS manusia lewat Chatwoot (self-hosted, chat.waku.id)."""
import os

import httpx

CW_URL = os.environ.get("CHATWOOT_URL", "https://chat.waku.id")
CW_ACCOUNT = os.environ["CHATWOOT_ACCOUNT_ID"]
CW_TOKEN = os.environ["CHATWOOT_API_TOKEN"]

_paused: set[tuple[int, str]] = set()


def is_paused(tenant_id: int, phone: str) -> bool:
    return (tenant_id, phone) in _paused


async def hand_to_human(tenant_id: int, inbox_id: int, phone: str, name: str, last_text: str) -> None:
    headers = {"api_access_token": CW_TOKEN}
    base = f"{CW_URL}/api/v1/accounts/{CW_ACCOUNT}"
    async with httpx.AsyncClient(timeout=10, headers=headers) as c:
        found = (await c.get(f"{base}/contacts/search", params={"q": phone})).json()["payload"]
        if found:
            contact_id = found[0]["id"]
        else:
            created = await c.post(f"{base}/contacts", json={"inbox_id": inbox_id, "name": name,
                                                             "phone_number": f"+{phone}"})
            contact_id = created.json()["payload"]["contact"]["id"]
        conv = (await c.post(f"{base}/conversations", json={
            "inbox_id": inbox_id, "contact_id": contact_id, "status": "open",
            "message": {"content": f"[bot] Pelanggan minta bicara dengan CS. Pesan terakhir: {last_text}"},
        })).json()
        await c.post(f"{base}/conversations/{conv['id']}/toggle_status", json={"status": "open"})
    _paused.add((tenant_id, phone))
