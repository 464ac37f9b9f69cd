import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

BILLING_API = os.getenv("BILLING_API", "http://billing.internal:8080")


class ActionCekTagihan(Action):
    def name(self) -> Text:
        return "action_cek_tagihan"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        nomor = tracker.get_slot("nomor_pelanggan")
        if not nomor:
            dispatcher.utter_message(response="utter_ask_nomor_pelanggan")
            return []
        r = requests.get(f"{BILLING_API}/v1/tagihan/{nomor}", timeout=8)
        if r.status_code != 200:
            dispatcher.utter_message(text="Maaf kak, data tagihan belum bisa diambil. Coba beberapa menit lagi ya.")
            return []
        data = r.json()
        dispatcher.utter_message(
            text=f"Tagihan {data['periode']}: Rp{data['total']:,} (jatuh tempo {data['jatuh_tempo']}). Status: {data['status']}."
            .replace(",", ".")
        )
        return []


class ActionBuatTiketGangguan(Action):
    def name(self) -> Text:
        return "action_buat_tiket_gangguan"

    def run(self, dispatcher, tracker, domain):
        requests.post(
            f"{BILLING_API}/v1/tiket",
            json={
                "nomor_pelanggan": tracker.get_slot("nomor_pelanggan"),
                "kota": tracker.get_slot("kota"),
                "kanal": "whatsapp",
                "sender_id": tracker.sender_id,
            },
            timeout=8,
        )
        return []
