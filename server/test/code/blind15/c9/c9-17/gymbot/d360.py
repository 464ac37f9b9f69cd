import os

import requests

D360 = "https://waba-v2.360dialog.io/messages"
HEAD = {"D360-API-KEY": os.environ["D360_API_KEY"], "Content-Type": "application/json"}


def send_text(to: str, body: str) -> None:
    requests.post(
        D360,
        headers=HEAD,
        json={"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "text", "text": {"body": body}},
        timeout=15,
    ).raise_for_status()
