"""Custom Actions – Stadtwerke Lindenau WhatsApp-Assistent."""
import logging
import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

logger = logging.getLogger(__name__)

SAP_ISU_URL = os.getenv("SAP_ISU_URL", "https://isu-gw.intern.stadtwerke-lindenau.de/api/v1")


class ValidateZaehlerstandForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_zaehlerstand_form"

    def validate_zaehlerstand(self, slot_value: Any, dispatcher: CollectingDispatcher,
                              tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        try:
            wert = float(str(slot_value).replace(",", "."))
        except ValueError:
            dispatcher.utter_message(text="Bitte geben Sie den Zählerstand nur als Zahl an.")
            return {"zaehlerstand": None}
        if wert < 0:
            dispatcher.utter_message(text="Ein negativer Zählerstand ist nicht möglich.")
            return {"zaehlerstand": None}
        return {"zaehlerstand": wert}


class ActionZaehlerstandUebermitteln(Action):
    def name(self) -> Text:
        return "action_zaehlerstand_uebermitteln"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        payload = {
            "zaehlernummer": tracker.get_slot("zaehlernummer"),
            "stand": tracker.get_slot("zaehlerstand"),
            "quelle": "whatsapp",
        }
        try:
            requests.post(f"{SAP_ISU_URL}/ablesungen", json=payload, timeout=8)
        except requests.RequestException:
            logger.exception("Ablesung konnte nicht übertragen werden")
        return []


class ActionHumanHandoff(Action):
    """Übergabe an Mitarbeitende.

    TODO(KS-412): Anbindung an Genesys Cloud fehlt noch – die Queue
    "Kundenservice_WA" ist im Genesys-Mandanten nicht angelegt.
    Bis dahin nur Hinweistext, keine echte Übergabe.
    """

    def name(self) -> Text:
        return "action_human_handoff"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        # genesys_transfer(tracker.sender_id, queue="Kundenservice_WA")  # noch deaktiviert
        dispatcher.utter_message(response="utter_handoff_nicht_verfuegbar")
        return []
