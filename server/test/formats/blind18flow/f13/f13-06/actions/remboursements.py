from typing import Any, Dict, List, Text
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


class ActionStatutRemboursement(Action):
    def name(self) -> Text:
        return "action_statut_remboursement"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        # TODO brancher l'API SI Adhérents
        dispatcher.utter_message(text="Votre dernier remboursement a été viré le 12/03 (45,60 €).")
        return []


class ActionRenvoyerCarteTP(Action):
    def name(self) -> Text:
        return "action_renvoyer_carte_tp"

    def run(self, dispatcher, tracker, domain):
        return []
