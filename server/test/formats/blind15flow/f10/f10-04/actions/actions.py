import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet, ConversationPaused
from rasa_sdk.executor import CollectingDispatcher

KC_API = os.getenv("KC_API", "https://api.kirimcepat.co.id/v1")
QISCUS_APP = os.getenv("QISCUS_APP_ID")
QISCUS_SECRET = os.getenv("QISCUS_SECRET")
CS_DIVISION_ID = os.getenv("QISCUS_CS_DIVISION", "2291")


class ActionCekResi(Action):
    def name(self) -> Text:
        return "action_cek_resi"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        resi = (tracker.get_slot("nomor_resi") or "").strip().upper()
        r = requests.get(f"{KC_API}/tracking/{resi}", timeout=8)
        if r.status_code != 200:
            return [SlotSet("status_paket", "nomor resi tidak ditemukan")]
        last = r.json()["history"][-1]
        return [SlotSet("status_paket", f"{last['status']} – {last['lokasi']} ({last['waktu']})")]


class ActionUbahAlamat(Action):
    def name(self) -> Text:
        return "action_ubah_alamat"

    def run(self, dispatcher, tracker, domain):
        requests.post(
            f"{KC_API}/shipments/{tracker.get_slot('nomor_resi')}/address",
            json={"alamat": tracker.get_slot("alamat_baru")},
            timeout=8,
        )
        return []


class ActionSerahkanKeAgen(Action):
    """Pindahkan room Qiscus Omnichannel ke divisi Customer Care (agen manusia)."""

    def name(self) -> Text:
        return "action_serahkan_ke_agen"

    def run(self, dispatcher, tracker, domain):
        room_id = tracker.sender_id
        resp = requests.post(
            f"https://multichannel.qiscus.com/api/v1/bot/{QISCUS_APP}/hand_over_to_division",
            headers={"Authorization": QISCUS_SECRET, "Qiscus-App-Id": QISCUS_APP},
            data={"room_id": room_id, "division_id": CS_DIVISION_ID, "is_with_notes": "true",
                  "notes": f"Resi: {tracker.get_slot('nomor_resi') or '-'}"},
            timeout=10,
        )
        if resp.status_code >= 300:
            dispatcher.utter_message(text="Maaf Kak, sambungan ke CS sedang gangguan. Silakan telepon 1500-528 (08.00–21.00 WIB).")
            return []
        return [ConversationPaused()]
