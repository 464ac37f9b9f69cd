from typing import Any, Dict, List, Text
import os
import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

SAP_BASE = os.environ.get("SAP_ISU_BASE", "https://isu-gw.swl.intern/sap/opu/odata/sap/ZMETER_SRV")


class ActionPlausibilitaetPruefen(Action):
    def name(self) -> Text:
        return "action_plausibilitaet_pruefen"

    def run(self, dispatcher, tracker: Tracker, domain):
        r = requests.get(f"{SAP_BASE}/Plausi", params={"zaehler": tracker.get_slot("zaehlernummer"),
                                                        "stand": tracker.get_slot("zaehlerstand")}, timeout=5)
        return [SlotSet("plausibel", r.ok and r.json().get("ok", False))]


class ActionZaehlerstandSpeichern(Action):
    def name(self) -> Text:
        return "action_zaehlerstand_speichern"

    def run(self, dispatcher, tracker: Tracker, domain):
        requests.post(f"{SAP_BASE}/Ablesung", json={
            "kunde": tracker.get_slot("kundennummer"),
            "zaehler": tracker.get_slot("zaehlernummer"),
            "stand": tracker.get_slot("zaehlerstand"),
            "quelle": "WHATSAPP",
        }, timeout=5)
        return []
