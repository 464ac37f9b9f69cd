import requests
from django.conf import settings


def open_callback_ticket(wa_id: str, name: str, reason: str, transcript: str) -> int:
    r = requests.post(
        f"https://{settings.FRESHDESK_DOMAIN}/api/v2/tickets",
        auth=(settings.FRESHDESK_API_KEY, "X"),
        json={
            "subject": f"WhatsApp callback request – {name}",
            "description": f"<p><b>Reason:</b> {reason}</p><p><b>Phone:</b> +{wa_id}</p><pre>{transcript}</pre>",
            "phone": f"+{wa_id}",
            "name": name,
            "group_id": settings.FRESHDESK_GROUP_MEMBER_SERVICES,
            "priority": 2,
            "status": 2,
            "tags": ["whatsapp", "callback"],
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["id"]
