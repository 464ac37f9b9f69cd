import os
import logging
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

logger = logging.getLogger(__name__)

QONTAK_BASE = os.getenv("QONTAK_BASE_URL", "https://service-chat.qontak.com/api/open/v1")
QONTAK_TOKEN = os.getenv("QONTAK_TOKEN")
CS_DIVISION_ID = os.getenv("QONTAK_CS_DIVISION_ID", "5c1e0b8a-netra-cs-l1")


def _transcript(tracker: Tracker, limit: int = 20) -> str:
    lines = []
    for e in tracker.events[-200:]:
        if e.get("event") == "user":
            lines.append(f"Pelanggan: {e.get('text')}")
        elif e.get("event") == "bot" and e.get("text"):
            lines.append(f"Bot: {e.get('text')}")
    return "\n".join(lines[-limit:])


class ActionHumanHandoff(Action):
    """Buka room di Qontak Omnichannel dan assign ke divisi CS L1 (agen manusia)."""

    def name(self) -> Text:
        return "action_human_handoff"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        wa_id = tracker.sender_id.replace("whatsapp:", "")
        payload = {
            "channel": "wa",
            "account_uniq_id": wa_id,
            "division_id": CS_DIVISION_ID,
            "note": _transcript(tracker),
            "extra": {
                "nomor_pelanggan": tracker.get_slot("nomor_pelanggan"),
                "keluhan": tracker.get_slot("keluhan"),
            },
        }
        try:
            r = requests.post(
                f"{QONTAK_BASE}/rooms/handover",
                json=payload,
                headers={"Authorization": f"Bearer {QONTAK_TOKEN}"},
                timeout=10,
            )
            r.raise_for_status()
            room = r.json().get("data", {})
            # bot berhenti membalas setelah room di-assign ke agen
            return [SlotSet("tiket_id", room.get("id"))]
        except requests.RequestException:
            logger.exception("handover ke Qontak gagal")
            return [SlotSet("tiket_id", None)]
