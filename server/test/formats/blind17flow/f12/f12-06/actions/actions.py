from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

PRACTO_API = "https://clinic-api.arogyajaipur.in/v1"


class ActionCheckSlots(Action):
    def name(self) -> Text:
        return "action_check_slots"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        r = requests.get(f"{PRACTO_API}/slots", params={
            "doctor": tracker.get_slot("doctor_name"),
            "date": tracker.get_slot("appointment_date")}, timeout=6)
        free = r.json().get("free", [])
        if not free:
            dispatcher.utter_message(text="उस दिन कोई स्लॉट ख़ाली नहीं है, कृपया कोई और तारीख़ बताइए।")
        else:
            dispatcher.utter_message(text="ख़ाली समय: " + ", ".join(free[:5]))
        return []


class ActionBookAppointment(Action):
    def name(self) -> Text:
        return "action_book_appointment"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        requests.post(f"{PRACTO_API}/appointments", json={
            "doctor": tracker.get_slot("doctor_name"),
            "date": tracker.get_slot("appointment_date"),
            "patient": tracker.get_slot("patient_name"),
            "phone": tracker.sender_id,
        }, timeout=6)
        return []
