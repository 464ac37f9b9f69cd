import logging
import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

logger = logging.getLogger(__name__)

QONTAK_URL = "https://service-chat.qontak.com/api/open/v1/rooms/{room_id}/handover"
QONTAK_TOKEN = os.environ.get("QONTAK_TOKEN", "")
DIVISI_ADMIN = os.environ.get("QONTAK_DIVISION_ID", "b7f0c1d2-admin-klinik")


class ActionTeruskanKeAdmin(Action):
    """Memindahkan room WhatsApp dari bot ke agen manusia (divisi Admin Klinik) di Qontak."""

    def name(self) -> Text:
        return "action_teruskan_ke_admin"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        room_id = tracker.get_slot("qontak_room_id") or tracker.sender_id
        ringkasan = tracker.get_slot("ringkasan_keluhan") or "-"
        try:
            r = requests.post(
                QONTAK_URL.format(room_id=room_id),
                headers={"Authorization": f"Bearer {QONTAK_TOKEN}"},
                json={"division_id": DIVISI_ADMIN, "note": f"Dari bot Sena. Keluhan: {ringkasan}"},
                timeout=8,
            )
            r.raise_for_status()
            return [SlotSet("handoff_berhasil", True)]
        except requests.RequestException as exc:
            logger.warning("handover gagal: %s", exc)
            return [SlotSet("handoff_berhasil", False)]


class ActionSimpanBooking(Action):
    def name(self) -> Text:
        return "action_simpan_booking"

    def run(self, dispatcher, tracker, domain):
        payload = {k: tracker.get_slot(k) for k in ("nama_pasien", "cabang", "layanan", "tanggal_jam")}
        payload["wa"] = tracker.sender_id
        requests.post(os.environ["BOOKING_API"] + "/appointments", json=payload, timeout=8)
        return []
