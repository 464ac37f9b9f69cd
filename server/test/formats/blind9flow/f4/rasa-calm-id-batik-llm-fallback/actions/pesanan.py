import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet


class ActionCekStatus(Action):
    def name(self):
        return "action_cek_status"

    def run(self, dispatcher, tracker, domain):
        nomor = tracker.get_slot("nomor_pesanan")
        r = requests.get(f"https://api.batiksekar.co.id/orders/{nomor}",
                         headers={"X-Key": os.environ["SHOP_KEY"]}, timeout=8)
        status = r.json().get("status", "belum ditemukan") if r.ok else "belum ditemukan"
        return [SlotSet("status_pesanan", status)]
