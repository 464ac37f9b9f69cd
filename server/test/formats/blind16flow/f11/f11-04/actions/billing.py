from rasa_sdk import Action
from rasa_sdk.events import SlotSet
import requests, os

API = os.getenv("NETRA_BILLING_API", "https://billing.internal.netra.id/v1")


class ActionCekTagihan(Action):
    def name(self):
        return "action_cek_tagihan"

    def run(self, dispatcher, tracker, domain):
        no = tracker.get_slot("nomor_pelanggan")
        r = requests.get(f"{API}/invoices/current", params={"customer": no}, timeout=8)
        return [SlotSet("tagihan_bulan_ini", r.json().get("amount"))]


class ActionCekGangguanArea(Action):
    def name(self):
        return "action_cek_gangguan_area"

    def run(self, dispatcher, tracker, domain):
        no = tracker.get_slot("nomor_pelanggan")
        r = requests.get(f"{API}/outages", params={"customer": no}, timeout=8).json()
        if r.get("outage"):
            dispatcher.utter_message(text=f"Ada gangguan di area Kakak (estimasi pulih {r['eta']}). Tiket massal: {r['ticket']}.")
            return [SlotSet("tiket_id", r["ticket"])]
        return []
