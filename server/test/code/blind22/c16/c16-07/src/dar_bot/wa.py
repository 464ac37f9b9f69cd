import os

import httpx

GRAPH = f"https://graph.facebook.com/{os.getenv('GRAPH_VERSION', 'v21.0')}"


def send_text(to: str, body: str) -> None:
    httpx.post(
        f"{GRAPH}/{os.environ['WA_PHONE_NUMBER_ID']}/messages",
        headers={"Authorization": f"Bearer {os.environ['WA_ACCESS_TOKEN']}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body[:4000]}},
        timeout=15,
    )
