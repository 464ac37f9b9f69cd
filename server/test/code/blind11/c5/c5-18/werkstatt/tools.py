import os

import redis
import requests
from langchain_core.tools import tool

R = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
ZD = f"https://{os.environ.get('ZENDESK_SUBDOMAIN', 'speichenwerk')}.zendesk.com/api/v2"
ZD_AUTH = (f"{os.environ.get('ZENDESK_EMAIL')}/token", os.environ.get("ZENDESK_TOKEN", ""))
TERMIN_API = os.environ.get("TERMIN_API", "http://localhost:8088")


def make_tools(telefon: str):
    @tool
    def freie_termine(leistung: str, ab_datum: str) -> list:
        """Freie Werkstatttermine für eine Leistung ab einem Datum (YYYY-MM-DD)."""
        return requests.get(f"{TERMIN_API}/frei", params={"leistung": leistung, "ab": ab_datum}, timeout=10).json()

    @tool
    def termin_buchen(slot_id: str, name: str) -> dict:
        """Bucht einen freien Slot für die Kundin / den Kunden."""
        return requests.post(f"{TERMIN_API}/buchen", json={"slot": slot_id, "name": name, "tel": telefon}, timeout=10).json()

    @tool
    def an_mitarbeiter_uebergeben(grund: str) -> str:
        """Übergibt den Chat an das Werkstatt-Team (Mensch). Nutzen bei Wunsch nach Mensch, Beschwerde, Garantie."""
        requests.post(
            f"{ZD}/tickets.json",
            auth=ZD_AUTH,
            json={"ticket": {"subject": f"WhatsApp-Übergabe {telefon}", "comment": {"body": grund},
                              "requester": {"name": telefon, "phone": telefon}, "group_id": int(os.environ.get("ZD_GROUP_WERKSTATT", "0")),
                              "tags": ["whatsapp", "bot_handoff"]}},
            timeout=10,
        )
        R.setex(f"mensch:{telefon}", 8 * 3600, "1")
        return "Übergeben. Das Team meldet sich hier im Chat."

    return [freie_termine, termin_buchen, an_mitarbeiter_uebergeben]
