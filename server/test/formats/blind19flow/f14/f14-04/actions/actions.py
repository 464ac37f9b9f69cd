from typing import Any, Dict, List, Text
import os
import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

API = os.getenv("KARGO_API", "http://takip-api.internal/v2/shipments")


class ActionKargoSorgula(Action):
    def name(self) -> Text:
        return "action_kargo_sorgula"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        no = tracker.get_slot("takip_no")
        if not no:
            dispatcher.utter_message(response="utter_ask_takip_no")
            return []
        r = requests.get(f"{API}/{no}", timeout=5)
        if r.status_code != 200:
            dispatcher.utter_message(text="Bu takip numarasıyla bir gönderi bulamadım, numarayı kontrol eder misiniz?")
            return []
        s = r.json()
        dispatcher.utter_message(text=f"Gönderiniz: {s['status_tr']} ({s['last_branch']}, {s['updated_at']}).")
        return []
