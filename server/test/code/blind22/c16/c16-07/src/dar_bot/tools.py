import json
import os

import httpx
import redis
from agents import RunContextWrapper, function_tool

from .wa import send_text

r = redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/2"), decode_responses=True)
HUBSPOT = "https://api.hubapi.com"
HS_HEADERS = {"Authorization": f"Bearer {os.getenv('HUBSPOT_TOKEN', '')}"}

with open(os.path.join(os.path.dirname(__file__), "listings.json"), encoding="utf-8") as f:
    LISTINGS = json.load(f)


@function_tool
def search_listings(area: str, purpose: str, max_price_aed: int | None = None, bedrooms: int | None = None) -> str:
    """Search Dar Gulf listings. purpose is 'rent' or 'sale'."""
    out = [
        l for l in LISTINGS
        if area.lower() in l["area"].lower() and l["purpose"] == purpose
        and (max_price_aed is None or l["price_aed"] <= max_price_aed)
        and (bedrooms is None or l["bedrooms"] == bedrooms)
    ]
    return json.dumps(out[:5], ensure_ascii=False)


@function_tool
def request_agent(ctx: RunContextWrapper[dict], reason: str, preferred_time: str | None = None) -> str:
    """Hand the customer to a human broker: creates a HubSpot task for the duty agent and pauses the bot."""
    wa_id = ctx.context["wa_id"]
    body = {
        "properties": {
            "hs_task_subject": f"WhatsApp lead +{wa_id}: {reason}",
            "hs_task_body": f"Preferred time: {preferred_time or '-'}",
            "hs_task_priority": "HIGH",
            "hubspot_owner_id": os.getenv("HUBSPOT_DUTY_OWNER", "81234567"),
        }
    }
    httpx.post(f"{HUBSPOT}/crm/v3/objects/tasks", json=body, headers=HS_HEADERS, timeout=10).raise_for_status()
    r.set(f"human:{wa_id}", reason, ex=24 * 3600)
    send_text(os.environ["DUTY_AGENT_WA"], f"عميل جديد يطلب وسيط: +{wa_id}\nالسبب: {reason}")
    return "handoff_created"
