import os
import httpx
import redis
from langchain_core.tools import tool

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
OPS = os.environ["SAREE3_OPS_API"]
ZD = f"https://{os.environ['ZENDESK_SUBDOMAIN']}.zendesk.com/api/v2"
ZD_AUTH = (f"{os.environ['ZENDESK_EMAIL']}/token", os.environ["ZENDESK_TOKEN"])

_current_wa_id: dict[str, str] = {}


@tool
def track_shipment(awb: str) -> str:
    """Get the status and last scan of a shipment by its AWB number."""
    resp = httpx.get(f"{OPS}/shipments/{awb}", timeout=10)
    if resp.status_code == 404:
        return "not found"
    d = resp.json()
    return f"{d['status']} | last scan: {d['last_scan']['hub']} {d['last_scan']['at']} | ETA {d.get('eta')}"


@tool
def reschedule_delivery(awb: str, date: str, address: str | None = None) -> str:
    """Reschedule delivery (YYYY-MM-DD) and optionally change address within the same city."""
    resp = httpx.post(f"{OPS}/shipments/{awb}/reschedule", json={"date": date, "address": address}, timeout=10)
    return "ok" if resp.is_success else f"failed: {resp.text[:200]}"


@tool
def transfer_to_human(summary: str) -> str:
    """Hand the WhatsApp conversation to a human customer-service agent."""
    wa_id = _current_wa_id["id"]
    httpx.post(
        f"{ZD}/tickets.json",
        auth=ZD_AUTH,
        json={"ticket": {
            "subject": f"WhatsApp handoff {wa_id}",
            "comment": {"body": summary},
            "requester": {"name": wa_id, "phone": f"+{wa_id}"},
            "tags": ["whatsapp", "bot_handoff"],
            "group_id": int(os.environ["ZENDESK_CS_GROUP"]),
        }},
        timeout=10,
    ).raise_for_status()
    r.set(f"human:{wa_id}", 1, ex=60 * 60 * 24)
    return "transferred"


TOOLS = [track_shipment, reschedule_delivery, transfer_to_human]
