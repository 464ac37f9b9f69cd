import os

import requests

GRAPH = "https://graph.facebook.com/v21.0"


def send_text(to: str, body: str) -> None:
    url = f"{GRAPH}/{os.environ['WHATSAPP_PHONE_NUMBER_ID']}/messages"
    resp = requests.post(
        url,
        headers={"Authorization": f"Bearer {os.environ['WHATSAPP_TOKEN']}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=15,
    )
    if resp.status_code >= 400:
        print("send failed", resp.status_code, resp.text)
