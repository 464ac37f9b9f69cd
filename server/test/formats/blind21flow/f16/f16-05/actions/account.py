from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .crm import crm_client


class ActionLookupAccount(Action):
    def name(self) -> Text:
        return "action_lookup_account"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        acc = crm_client.get_account(tracker.get_slot("account_number"))
        return [SlotSet("customer_first_name", acc.first_name if acc else None)]


class ActionGetBalance(Action):
    def name(self) -> Text:
        return "action_get_balance"

    def run(self, dispatcher, tracker, domain):
        bal = crm_client.get_balance(tracker.get_slot("account_number"))
        return [SlotSet("current_balance", round(bal, 2))]


class ActionSubmitReading(Action):
    def name(self) -> Text:
        return "action_submit_reading"

    def run(self, dispatcher, tracker, domain):
        crm_client.submit_reading(
            tracker.get_slot("account_number"),
            tracker.get_slot("meter_type"),
            tracker.get_slot("meter_reading"),
        )
        return []
