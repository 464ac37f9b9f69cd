import time
import uuid


def build_inbound_text(wa_id: str, text: str, phone_number_id: str = "1000000001") -> dict:
    return {
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "WABA_TEST",
            "changes": [{
                "field": "messages",
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550009999", "phone_number_id": phone_number_id},
                    "contacts": [{"profile": {"name": "Test User"}, "wa_id": wa_id}],
                    "messages": [{
                        "from": wa_id,
                        "id": f"wamid.IN{uuid.uuid4().hex[:12]}",
                        "timestamp": str(int(time.time())),
                        "type": "text",
                        "text": {"body": text},
                    }],
                },
            }],
        }],
    }
