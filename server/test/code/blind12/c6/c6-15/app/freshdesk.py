import os

import requests

FD_DOMAIN = os.getenv("FRESHDESK_DOMAIN", "sindbad-travel.freshdesk.com")
FD_KEY = os.getenv("FRESHDESK_API_KEY", "")
GROUP_RESERVATIONS = int(os.getenv("FRESHDESK_GROUP_ID", "0"))

paused: set[str] = set()


def open_ticket(phone: str, transcript: str) -> int:
    r = requests.post(
        f"https://{FD_DOMAIN}/api/v2/tickets",
        auth=(FD_KEY, "X"),
        json={
            "subject": f"واتساب - طلب موظف {phone}",
            "description": transcript.replace("\n", "<br>"),
            "phone": f"+{phone}",
            "group_id": GROUP_RESERVATIONS,
            "priority": 2,
            "status": 2,
            "source": 7,
        },
        timeout=15,
    )
    r.raise_for_status()
    paused.add(phone)
    return r.json()["id"]
