import logging

import httpx

from .settings import settings

log = logging.getLogger(__name__)

TOOLS = [
    {
        "name": "freie_termine",
        "description": "Freie Termine für eine Leistung in einem Zeitraum",
        "input_schema": {
            "type": "object",
            "properties": {"leistung": {"type": "string"}, "ab_datum": {"type": "string"}},
            "required": ["leistung"],
        },
    },
    {
        "name": "termin_buchen",
        "description": "Bucht einen Termin",
        "input_schema": {
            "type": "object",
            "properties": {
                "leistung": {"type": "string"},
                "slot": {"type": "string"},
                "kennzeichen": {"type": "string"},
                "name": {"type": "string"},
            },
            "required": ["leistung", "slot", "kennzeichen", "name"],
        },
    },
    {
        "name": "auftrag_status",
        "description": "Status eines Reparaturauftrags per Kennzeichen",
        "input_schema": {"type": "object", "properties": {"kennzeichen": {"type": "string"}}, "required": ["kennzeichen"]},
    },
]


def run(name: str, args: dict, wa_id: str) -> str:
    with httpx.Client(base_url=settings.kalender_url, timeout=10) as c:
        if name == "freie_termine":
            return c.get("/slots", params=args).text
        if name == "termin_buchen":
            return c.post("/bookings", json={**args, "telefon": wa_id}).text
        if name == "auftrag_status":
            return c.get(f"/auftraege/{args['kennzeichen']}").text
    return "unbekanntes Werkzeug"


def rueckruf_anlegen(wa_id: str, grund: str) -> str:
    """Platzhalter für den geplanten Rückruf-Service."""
    if not settings.rueckruf_aktiv:
        log.info("Rückrufwunsch (nicht aktiv): %s – %s", wa_id, grund)
        return "nicht verfügbar"
    raise NotImplementedError
