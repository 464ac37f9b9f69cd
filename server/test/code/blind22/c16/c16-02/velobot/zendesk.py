import httpx

from . import config


def create_ticket(wa_id: str, name: str, reason: str, transcript: str) -> str:
    url = f"https://{config.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2/tickets.json"
    payload = {
        "ticket": {
            "subject": f"WhatsApp: {reason[:60]}",
            "comment": {"body": transcript, "public": False},
            "requester": {"name": name or wa_id, "phone": f"+{wa_id}"},
            "tags": ["whatsapp", "velobot_handoff"],
            "priority": "high" if "unfall" in reason.lower() else "normal",
            "custom_fields": [{"id": 36012547, "value": wa_id}],
        }
    }
    r = httpx.post(url, json=payload, auth=(f"{config.ZENDESK_EMAIL}/token", config.ZENDESK_API_TOKEN), timeout=15)
    r.raise_for_status()
    return str(r.json()["ticket"]["id"])
