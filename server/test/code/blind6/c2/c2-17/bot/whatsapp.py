import os

import requests

URL = f"https://graph.facebook.com/v21.0/{os.environ['PHONE_NUMBER_ID']}/messages"
HEADERS = {"Authorization": f"Bearer {os.environ['GRAPH_TOKEN']}"}


def send_text(to: str, body: str) -> None:
    requests.post(
        URL,
        headers=HEADERS,
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=10,
    ).raise_for_status()
