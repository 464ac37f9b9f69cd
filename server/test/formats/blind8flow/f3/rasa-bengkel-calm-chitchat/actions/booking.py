import os
import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

DMS_URL = os.getenv("DMS_URL", "https://dms.bengkelmajujaya.co.id/api")


class ActionBuatBooking(Action):
    def name(self) -> str:
        return "action_buat_booking"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain):
        payload = {
            "nama": tracker.get_slot("nama_pelanggan"),
            "nopol": tracker.get_slot("nomor_polisi"),
            "servis": tracker.get_slot("jenis_servis"),
            "tanggal": tracker.get_slot("tanggal_servis"),
            "kanal": "whatsapp",
        }
        requests.post(f"{DMS_URL}/booking", json=payload, timeout=8)
        return []


class ActionCekStatus(Action):
    def name(self) -> str:
        return "action_cek_status"

    def run(self, dispatcher, tracker, domain):
        nopol = tracker.get_slot("nomor_polisi")
        r = requests.get(f"{DMS_URL}/wo", params={"nopol": nopol}, timeout=8)
        status = r.json().get("status", "belum ada data") if r.ok else "belum ada data"
        return [SlotSet("status_kendaraan", status)]
