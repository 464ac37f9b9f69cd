from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

BILLING_API = "https://billing.internal.hattim.com.tr/v2"


class ActionFaturaGetir(Action):
    def name(self) -> Text:
        return "action_fatura_getir"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        no = tracker.get_slot("musteri_no")
        donem = tracker.get_slot("fatura_donemi")
        r = requests.get(f"{BILLING_API}/faturalar/{no}", params={"donem": donem}, timeout=5)
        data = r.json()
        return [SlotSet("tutar", data.get("tutar")), SlotSet("son_odeme", data.get("son_odeme"))]


class ActionPaketDegistir(Action):
    def name(self) -> Text:
        return "action_paket_degistir"

    def run(self, dispatcher, tracker, domain):
        requests.post(f"{BILLING_API}/paket", json={"musteri": tracker.get_slot("musteri_no"), "paket": tracker.get_slot("yeni_paket")}, timeout=5)
        return []
