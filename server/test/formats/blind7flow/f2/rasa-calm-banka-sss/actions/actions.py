from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher


class ActionKartDurumu(Action):
    def name(self):
        return "action_kart_durumu"

    def run(self, dispatcher: CollectingDispatcher, tracker, domain):
        dispatcher.utter_message(text="Kartınız kuryeye teslim edildi, 2 iş günü içinde adresinizde olacak.")
        return []
