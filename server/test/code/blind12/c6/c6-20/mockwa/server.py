"""Local stand-in for the WhatsApp Cloud API used in CI and on laptops.

It accepts the same /{version}/{phone_number_id}/messages calls as graph.facebook.com,
records them, and can push fake inbound webhooks to the app under test.
No real messages are ever sent.
"""
import itertools
import time

import httpx
from fastapi import FastAPI, Request

app = FastAPI(title="mock-whatsapp-cloud")
SENT: list[dict] = []
_ids = itertools.count(1)


@app.post("/{version}/{phone_number_id}/messages")
async def send(version: str, phone_number_id: str, req: Request):
    body = await req.json()
    assert body.get("messaging_product") == "whatsapp"
    wamid = f"wamid.MOCK{next(_ids):06d}"
    SENT.append({"phone_number_id": phone_number_id, "id": wamid, **body})
    return {"messaging_product": "whatsapp", "contacts": [{"input": body["to"], "wa_id": body["to"]}], "messages": [{"id": wamid}]}


@app.get("/_sent")
def sent():
    return SENT


@app.delete("/_sent")
def clear():
    SENT.clear()
    return {"cleared": True}


def inbound_payload(wa_id: str, text: str, phone_number_id: str = "109876543210") -> dict:
    return {
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "WABA_TEST",
            "changes": [{
                "field": "messages",
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550001111", "phone_number_id": phone_number_id},
                    "contacts": [{"profile": {"name": "Test User"}, "wa_id": wa_id}],
                    "messages": [{"from": wa_id, "id": f"wamid.IN{int(time.time()*1000)}", "timestamp": str(int(time.time())), "type": "text", "text": {"body": text}}],
                },
            }],
        }],
    }


async def push_inbound(app_url: str, wa_id: str, text: str) -> int:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"{app_url}/webhook", json=inbound_payload(wa_id, text))
        return r.status_code
