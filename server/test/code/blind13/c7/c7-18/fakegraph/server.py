"""A tiny fake of graph.facebook.com/<ver>/<phone_id>/messages.

Point your bot's GRAPH_BASE_URL at http://localhost:8765 in tests; every send is
recorded in `outbox` and gets a Cloud-API-shaped response.
"""
import itertools
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="fakegraph")
outbox: list[dict] = []
_ids = itertools.count(1)


@app.post("/{version}/{phone_number_id}/messages")
async def send(version: str, phone_number_id: str, request: Request, authorization: str = Header("")):
    if not authorization.startswith("Bearer "):
        raise HTTPException(401, {"error": {"message": "Missing token", "code": 190}})
    body = await request.json()
    if body.get("messaging_product") != "whatsapp":
        raise HTTPException(400, {"error": {"message": "messaging_product must be whatsapp", "code": 100}})
    mid = f"wamid.FAKE{next(_ids):08d}"
    outbox.append({"phone_number_id": phone_number_id, "id": mid, "at": time.time(), **body})
    return {"messaging_product": "whatsapp", "contacts": [{"input": body["to"], "wa_id": body["to"]}],
            "messages": [{"id": mid}]}


def inbound_text(wa_id: str, text: str, phone_number_id: str = "100000000000001") -> dict:
    """Build a webhook payload like the one Meta posts for an incoming text."""
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
                    "messages": [{"from": wa_id, "id": f"wamid.IN{int(time.time()*1000)}",
                                  "timestamp": str(int(time.time())), "type": "text", "text": {"body": text}}],
                },
            }],
        }],
    }
