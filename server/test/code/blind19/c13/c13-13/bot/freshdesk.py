"""Creates a Freshdesk ticket in the 'خدمة العملاء - واتساب' group; agents reply from Freshdesk's WhatsApp channel."""
import os

import requests

DOMAIN = os.environ["FRESHDESK_DOMAIN"]
KEY = os.environ["FRESHDESK_API_KEY"]
WA_GROUP_ID = 43000587211


def open_support_ticket(phone: str, summary: str, priority: int = 2) -> dict:
    r = requests.post(
        f"https://{DOMAIN}/api/v2/tickets",
        auth=(KEY, "X"),
        json={
            "phone": f"+{phone}",
            "name": f"عميل واتساب {phone[-4:]}",
            "subject": "طلب تحويل لموظف - واتساب",
            "description": summary,
            "priority": priority,
            "status": 2,
            "group_id": WA_GROUP_ID,
            "source": 13,
        },
        timeout=10,
    )
    r.raise_for_status()
    return {"ticket_id": r.json()["id"]}
