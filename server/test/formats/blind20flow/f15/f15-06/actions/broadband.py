import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

CRM = os.getenv("CRM_URL", "https://crm.swiftnet.in/api")


class ActionFetchBill(Action):
    def name(self):
        return "action_fetch_bill"

    def run(self, dispatcher, tracker, domain):
        r = requests.get(f"{CRM}/bill/{tracker.get_slot('account_id')}", timeout=6).json()
        return [SlotSet("bill_amount", r["amount"])]


class ActionCheckOutage(Action):
    def name(self):
        return "action_check_outage"

    def run(self, dispatcher, tracker, domain):
        r = requests.get(f"{CRM}/outages", params={"area": tracker.get_slot("outage_area")}, timeout=6).json()
        if r.get("active"):
            dispatcher.utter_message(text=f"आपके इलाके में मेंटेनेंस चल रहा है, अनुमानित समय: {r['eta']}")
            return [SlotSet("ticket_id", r["master_ticket"])]
        return []


class ActionCreateTicket(Action):
    def name(self):
        return "action_create_ticket"

    def run(self, dispatcher, tracker, domain):
        r = requests.post(f"{CRM}/tickets", json={"account": tracker.get_slot("account_id"), "source": "whatsapp"}, timeout=6).json()
        return [SlotSet("ticket_id", r["id"])]
