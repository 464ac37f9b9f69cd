import os

import requests

BASE = os.environ["WATI_ENDPOINT"]
HEADERS = {"Authorization": f"Bearer {os.environ['WATI_TOKEN']}"}


def send_text(wa_id: str, text: str) -> None:
    requests.post(f"{BASE}/api/v1/sendSessionMessage/{wa_id}", params={"messageText": text}, headers=HEADERS, timeout=20)


def assign_operator(wa_id: str) -> None:
    """Passe la conversation à un conseiller dans la boîte de réception WATI."""
    requests.post(
        f"{BASE}/api/v1/assignOperator",
        params={"email": os.environ["WATI_OPERATOR_EMAIL"], "whatsappNumber": wa_id},
        headers=HEADERS,
        timeout=20,
    )
