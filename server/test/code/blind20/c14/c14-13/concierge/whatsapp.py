import logging

import requests

from .settings import GRAPH_URL, WA_TOKEN

log = logging.getLogger(__name__)


def send_text(to: str, body: str) -> None:
    r = requests.post(
        GRAPH_URL,
        headers={"Authorization": f"Bearer {WA_TOKEN}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=10,
    )
    if r.status_code >= 400:
        log.error("WhatsApp送信エラー %s %s", r.status_code, r.text)
