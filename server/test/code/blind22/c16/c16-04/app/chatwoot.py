import httpx

from .settings import settings

HEADERS = {"api_access_token": settings.chatwoot_api_token}
BASE = f"{settings.chatwoot_url}/api/v1/accounts/{settings.chatwoot_account_id}"


async def conversacion_para(telefono: str, nombre: str) -> int:
    async with httpx.AsyncClient(headers=HEADERS, timeout=10) as c:
        r = await c.get(f"{BASE}/contacts/search", params={"q": telefono})
        contactos = r.json().get("payload", [])
        if contactos:
            contacto_id = contactos[0]["id"]
        else:
            r = await c.post(f"{BASE}/contacts", json={
                "inbox_id": settings.chatwoot_inbox_id, "name": nombre or telefono, "phone_number": f"+{telefono}"})
            contacto_id = r.json()["payload"]["contact"]["id"]
        r = await c.get(f"{BASE}/contacts/{contacto_id}/conversations")
        abiertas = [cv for cv in r.json().get("payload", []) if cv["status"] != "resolved"]
        if abiertas:
            return abiertas[0]["id"]
        r = await c.post(f"{BASE}/conversations", json={
            "inbox_id": settings.chatwoot_inbox_id, "contact_id": contacto_id, "status": "pending"})
        return r.json()["id"]


async def estado(conv_id: int) -> str:
    async with httpx.AsyncClient(headers=HEADERS, timeout=10) as c:
        r = await c.get(f"{BASE}/conversations/{conv_id}")
        return r.json().get("status", "pending")


async def pasar_a_asesor(conv_id: int, resumen: str) -> None:
    async with httpx.AsyncClient(headers=HEADERS, timeout=10) as c:
        await c.post(f"{BASE}/conversations/{conv_id}/messages",
                     json={"content": f"🤖 Resumen del bot:\n{resumen}", "message_type": "outgoing", "private": True})
        await c.post(f"{BASE}/conversations/{conv_id}/assignments", json={"team_id": settings.chatwoot_team_id})
        await c.post(f"{BASE}/conversations/{conv_id}/toggle_status", json={"status": "open"})


async def registrar(conv_id: int, texto: str, entrante: bool) -> None:
    async with httpx.AsyncClient(headers=HEADERS, timeout=10) as c:
        await c.post(f"{BASE}/conversations/{conv_id}/messages", json={
            "content": texto, "message_type": "incoming" if entrante else "outgoing"})
