import os
import requests

BASE = f"https://{os.environ.get('ZENDESK_SUBDOMAIN')}.zendesk.com/api/v2"
AUTH = (f"{os.environ.get('ZENDESK_EMAIL')}/token", os.environ.get("ZENDESK_API_TOKEN", ""))


def crear_ticket_asesor(telefono: str, resumen: str) -> dict:
    """Crea ticket en el grupo de asesores; ellos responden desde Zendesk por WhatsApp."""
    payload = {
        "ticket": {
            "subject": f"WhatsApp – {telefono}",
            "comment": {"body": resumen},
            "requester": {"name": telefono, "phone": telefono},
            "group_id": int(os.environ["ZENDESK_GROUP_ID"]),
            "tags": ["whatsapp", "bot_escalado"],
            "priority": "normal",
        }
    }
    r = requests.post(f"{BASE}/tickets.json", json=payload, auth=AUTH, timeout=15)
    r.raise_for_status()
    return {"ticket_id": r.json()["ticket"]["id"]}


def consultar_caso(numero: str) -> dict:
    r = requests.get(f"{BASE}/search.json", params={"query": f"type:ticket external_id:{numero}"}, auth=AUTH, timeout=15)
    res = r.json().get("results", [])
    if not res:
        return {"encontrado": False}
    t = res[0]
    return {"encontrado": True, "estado": t["status"], "actualizado": t["updated_at"]}
