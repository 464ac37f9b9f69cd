from rasa_sdk import Action
from rasa_sdk.events import SlotSet
import requests

CORE = "https://core.internal.wahatbank.jo/api"


class ActionBlockCard(Action):
    def name(self):
        return "action_block_card"

    def run(self, dispatcher, tracker, domain):
        requests.post(f"{CORE}/cards/block", json={"customer": tracker.sender_id, "last4": tracker.get_slot("card_last4"), "reason": tracker.get_slot("block_reason")}, timeout=8)
        return []


class ActionGetBalance(Action):
    def name(self):
        return "action_get_balance"

    def run(self, dispatcher, tracker, domain):
        bal = requests.get(f"{CORE}/accounts/balance", params={"customer": tracker.sender_id}, timeout=8).json()["available"]
        return [SlotSet("balance", bal)]
