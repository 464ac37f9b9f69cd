"""A tiny fake of graph.facebook.com for CI.

Point the bot's GRAPH_BASE_URL at this server; every outbound message is recorded
and can be inspected via GET /_sent. Inbound webhooks can be simulated with
build_inbound_text() from fakegraph.payloads.
"""
import itertools
import time

from fastapi import FastAPI, Header, HTTPException

app = FastAPI(title="fakegraph")
SENT: list[dict] = []
_ids = itertools.count(1)


@app.post("/{version}/{phone_number_id}/messages")
def send(version: str, phone_number_id: str, body: dict, authorization: str | None = Header(None)):
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, {"error": {"message": "Invalid OAuth access token", "code": 190}})
    if body.get("messaging_product") != "whatsapp":
        raise HTTPException(400, {"error": {"message": "messaging_product is required", "code": 100}})
    wamid = f"wamid.FAKE{next(_ids):06d}"
    SENT.append({"phone_number_id": phone_number_id, "ts": time.time(), "id": wamid, **body})
    return {"messaging_product": "whatsapp", "contacts": [{"input": body.get("to"), "wa_id": body.get("to")}],
            "messages": [{"id": wamid}]}


@app.get("/_sent")
def sent():
    return SENT


@app.delete("/_sent")
def reset():
    SENT.clear()
    return {"ok": True}
