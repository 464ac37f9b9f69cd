import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

TAKIP_API = os.getenv("TAKIP_API", "https://api.kargom.com.tr/v3/shipments")


class ActionGonderiSorgula(Action):
    def name(self):
        return "action_gonderi_sorgula"

    def run(self, dispatcher, tracker, domain):
        no = tracker.get_slot("takip_no")
        r = requests.get(f"{TAKIP_API}/{no}", timeout=6)
        if r.status_code != 200:
            return [SlotSet("gonderi_durumu", "bulunamadı")]
        return [SlotSet("gonderi_durumu", r.json()["status_text_tr"])]


class ActionHumanHandoff(Action):
    """TODO: Genesys entegrasyonu gelince burada kuyruğa aktarılacak."""

    def name(self):
        return "action_human_handoff"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(response="utter_canli_destek")
        return []
