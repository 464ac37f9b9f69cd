import requests
from django.conf import settings


def send_text(to: str, body: str) -> None:
    requests.post(
        settings.WA_GRAPH_URL,
        headers={"Authorization": f"Bearer {settings.WA_TOKEN}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=15,
    ).raise_for_status()
