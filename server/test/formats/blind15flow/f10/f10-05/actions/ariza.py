import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

OSS = os.getenv("OSS_URL", "https://oss.kuzeynet.local/api")


class ActionBolgeKontrol(Action):
    def name(self):
        return "action_bolge_kontrol"

    def run(self, dispatcher, tracker, domain):
        r = requests.get(f"{OSS}/abone/{tracker.get_slot('abone_no')}/bolge-durumu", timeout=5).json()
        return [SlotSet("bolgesel_ariza", r.get("planli_calisma", False))]


class ActionArizaKaydiAc(Action):
    def name(self):
        return "action_ariza_kaydi_ac"

    def run(self, dispatcher, tracker, domain):
        r = requests.post(f"{OSS}/ariza", json={
            "abone_no": tracker.get_slot("abone_no"),
            "tur": tracker.get_slot("ariza_turu"),
            "kanal": "whatsapp",
        }, timeout=5).json()
        return [SlotSet("talep_no", r["talep_no"])]


class ActionFaturaGetir(Action):
    def name(self):
        return "action_fatura_getir"

    def run(self, dispatcher, tracker, domain):
        r = requests.get(f"{OSS}/abone/{tracker.get_slot('abone_no')}/son-fatura", timeout=5).json()
        return [SlotSet("fatura_tutari", f"{r['tutar']} TL (son ödeme {r['son_odeme']})")]
