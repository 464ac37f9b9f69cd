import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

POS = os.getenv("POS_URL", "https://pos.sharmakirana.in/api")
SERVED = {"400053", "400058", "400061"}


class ActionOrderStatus(Action):
    def name(self):
        return "action_order_status"

    def run(self, dispatcher, tracker, domain):
        oid = tracker.get_slot("order_id")
        r = requests.get(f"{POS}/orders/{oid}", timeout=5)
        return [SlotSet("order_status", r.json().get("status_hi", "जानकारी उपलब्ध नहीं") if r.ok else "जानकारी उपलब्ध नहीं")]


class ActionCheckPincode(Action):
    def name(self):
        return "action_check_pincode"

    def run(self, dispatcher, tracker, domain):
        pin = (tracker.get_slot("delivery_pincode") or "").strip()
        if pin in SERVED:
            dispatcher.utter_message(text=f"हाँ, {pin} पर होम डिलीवरी होती है।")
        else:
            dispatcher.utter_message(text=f"माफ़ कीजिए, {pin} पर अभी डिलीवरी नहीं है।")
        return []
