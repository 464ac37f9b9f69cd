import os

import httpx

HANDOFF_ENABLED = os.getenv("HANDOFF_ENABLED", "false").lower() == "true"


async def send(tenant: dict, wa_id: str, text: str) -> None:
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post(
            f"{tenant['wati_endpoint']}/api/v1/sendSessionMessage/{wa_id}",
            params={"messageText": text},
            headers={"Authorization": f"Bearer {tenant['wati_token']}"},
        )


async def assign_operator(tenant: dict, wa_id: str) -> bool:
    if not HANDOFF_ENABLED or not tenant.get("operator_email"):
        return False
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post(
            f"{tenant['wati_endpoint']}/api/v1/assignOperator",
            params={"email": tenant["operator_email"], "whatsappNumber": wa_id},
            headers={"Authorization": f"Bearer {tenant['wati_token']}"},
        )
    return r.status_code == 200
