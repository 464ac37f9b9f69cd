from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

TRACKING_API = "https://api.kirimcepat.co.id/v2/tracking/"


class ActionCekResi(Action):
    def name(self) -> Text:
        return "action_cek_resi"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        resi = tracker.get_slot("no_resi")
        if not resi:
            dispatcher.utter_message(response="utter_ask_resi")
            return []
        try:
            r = requests.get(TRACKING_API + resi, timeout=8)
            r.raise_for_status()
            data = r.json()
        except Exception:
            dispatcher.utter_message(text="Sistem tracking lagi gangguan kak, coba lagi 5 menit lagi ya 🙏")
            return []
        last = data["history"][-1]
        dispatcher.utter_message(
            text=f"Resi {resi}: *{last['status']}* di {last['location']} ({last['time']})."
        )
        return []
