import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

API = os.environ.get("KARGOMAT_API", "https://api.kargomat.com.tr/v2")


class ActionGonderiSorgula(Action):
    def name(self):
        return "action_gonderi_sorgula"

    def run(self, dispatcher, tracker, domain):
        no = (tracker.get_slot("gonderi_no") or "").strip().upper()
        r = requests.get(f"{API}/gonderiler/{no}", timeout=8)
        if r.status_code == 404:
            dispatcher.utter_message(text="Bu numarayla bir gönderi bulamadım, numarayı kontrol eder misiniz?")
            return [SlotSet("gonderi_no", None)]
        d = r.json()
        return [SlotSet("durum", d["durum_metni"]), SlotSet("tahmini_teslim", d.get("tahmini_teslim", "-"))]


class ActionAdresDegisikligiTalebi(Action):
    def name(self):
        return "action_adres_degisikligi_talebi"

    def run(self, dispatcher, tracker, domain):
        requests.post(f"{API}/talepler/adres", json={"gonderi_no": tracker.get_slot("gonderi_no"), "kanal": "whatsapp"}, timeout=8)
        return []
