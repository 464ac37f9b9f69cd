import os
import httpx

BASE = os.environ.get("CHATWOOT_URL", "")
ACC = os.environ.get("CHATWOOT_ACCOUNT_ID", "1")
HEADERS = {"api_access_token": os.environ.get("CHATWOOT_API_TOKEN", "")}


async def derivar(phone: str, resumen: str) -> int:
    async with httpx.AsyncClient(base_url=f"{BASE}/api/v1/accounts/{ACC}", headers=HEADERS, timeout=20) as c:
        contact = (await c.post("/contacts", json={
            "inbox_id": int(os.environ["CHATWOOT_INBOX_ID"]),
            "name": phone,
            "phone_number": phone,
        })).json()
        source_id = contact["payload"]["contact_inbox"]["source_id"]
        conv = (await c.post("/conversations", json={
            "source_id": source_id,
            "inbox_id": int(os.environ["CHATWOOT_INBOX_ID"]),
            "team_id": int(os.environ["CHATWOOT_TEAM_RECEPCION"]),
            "status": "open",
            "message": {"content": f"Derivado por el bot:\n{resumen}"},
        })).json()
        return conv["id"]
