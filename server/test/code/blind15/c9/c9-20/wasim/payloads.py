import time
import uuid


def inbound_text(wa_id: str, body: str, phone_number_id: str = "109876543210001") -> dict:
    """Shape of a WhatsApp Cloud API inbound text webhook, for tests only."""
    return {
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "WABA_TEST",
            "changes": [{
                "field": "messages",
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550001111", "phone_number_id": phone_number_id},
                    "contacts": [{"profile": {"name": "Load Test"}, "wa_id": wa_id}],
                    "messages": [{
                        "from": wa_id,
                        "id": f"wamid.TEST{uuid.uuid4().hex[:20]}",
                        "timestamp": str(int(time.time())),
                        "type": "text",
                        "text": {"body": body},
                    }],
                },
            }],
        }],
    }
