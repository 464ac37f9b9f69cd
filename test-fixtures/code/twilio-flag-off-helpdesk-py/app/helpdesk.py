import os

import requests

ZENDESK_HANDOFF = os.getenv("ZENDESK_HANDOFF", "0") == "1"


def open_ticket(sender: str, text: str) -> bool:
    if not ZENDESK_HANDOFF:
        return False
    r = requests.post(
        f"https://{os.environ['ZENDESK_SUBDOMAIN']}.zendesk.com/api/v2/tickets.json",
        json={"ticket": {"subject": f"WhatsApp {sender}", "comment": {"body": text}}},
        auth=(os.environ["ZENDESK_USER"], os.environ["ZENDESK_TOKEN"]),
    )
    return r.ok
