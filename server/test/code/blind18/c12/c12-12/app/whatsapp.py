import os
import requests

GRAPH_URL = "https://graph.facebook.com/v20.0"


def send_text(to: str, body: str) -> None:
    r = requests.post(
        f"{GRAPH_URL}/{os.environ['WA_PHONE_NUMBER_ID']}/messages",
        headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=15,
    )
    r.raise_for_status()
