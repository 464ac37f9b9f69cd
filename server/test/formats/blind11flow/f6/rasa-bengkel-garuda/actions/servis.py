import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

API = os.environ.get("GARUDA_API", "https://api.bengkelgaruda.id/v1")


class ActionSimpanBooking(Action):
    def name(self):
        return "action_simpan_booking"

    def run(self, dispatcher, tracker, domain):
        payload = {
            "nopol": tracker.get_slot("nomor_polisi"),
            "jenis": tracker.get_slot("jenis_servis"),
            "tanggal": tracker.get_slot("tanggal_servis"),
            "wa": tracker.sender_id,
        }
        requests.post(f"{API}/booking", json=payload, timeout=8).raise_for_status()
        return []


class ActionCekStatusServis(Action):
    def name(self):
        return "action_cek_status_servis"

    def run(self, dispatcher, tracker, domain):
        nopol = tracker.get_slot("nomor_polisi")
        r = requests.get(f"{API}/status", params={"nopol": nopol}, timeout=8)
        status = r.json().get("status_text", "belum ada data servis hari ini")
        return [SlotSet("status_servis", status)]
