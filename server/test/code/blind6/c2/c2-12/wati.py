import os

import requests

ENDPOINT = os.environ["WATI_API_ENDPOINT"]
TOKEN = os.environ["WATI_ACCESS_TOKEN"]


def send_session_message(wa_id: str, text: str) -> None:
    r = requests.post(
        f"{ENDPOINT}/api/v1/sendSessionMessage/{wa_id}",
        params={"messageText": text},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=15,
    )
    r.raise_for_status()
