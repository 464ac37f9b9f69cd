import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet


class ActionSchadenAnlegen(Action):
    def name(self):
        return "action_schaden_anlegen"

    def run(self, dispatcher, tracker, domain):
        r = requests.post(
            os.environ["SCHADEN_API"] + "/v1/schaeden",
            json={
                "vertrag": tracker.get_slot("vertragsnummer"),
                "art": tracker.get_slot("schadenart"),
                "datum": tracker.get_slot("schadendatum"),
                "kanal": "whatsapp",
            },
            timeout=10,
        )
        return [SlotSet("schadennummer", r.json().get("schadennummer"))]
