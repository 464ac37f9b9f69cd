from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .crm import crm


class ActionGetBill(Action):
    def name(self) -> Text:
        return "action_get_bill"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        bill = crm.get_bill(tracker.get_slot("customer_id"))
        dispatcher.utter_message(response="utter_amount_due", amount_due=bill["amount"])
        return [SlotSet("amount_due", bill["amount"])]


class ActionSendPaymentLink(Action):
    def name(self) -> Text:
        return "action_send_payment_link"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        link = crm.upi_link(tracker.get_slot("customer_id"), tracker.get_slot("amount_due"))
        dispatcher.utter_message(text=f"Here's your payment link: {link}")
        return []
