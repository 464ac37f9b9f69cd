import uuid
from rasa_sdk import Action
from rasa_sdk.events import SlotSet


class ActionSchadenAnlegen(Action):
    def name(self):
        return "action_schaden_anlegen"

    def run(self, dispatcher, tracker, domain):
        return [SlotSet("schaden_id", "S-" + uuid.uuid4().hex[:8].upper())]
