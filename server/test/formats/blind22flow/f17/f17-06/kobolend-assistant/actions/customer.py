import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

CORE = os.getenv("KOBO_CORE_URL", "http://core-api.kobo.svc.cluster.local")


class ActionLoadCustomer(Action):
    def name(self):
        return "action_load_customer"

    def run(self, dispatcher, tracker, domain):
        r = requests.get(f"{CORE}/v1/customers/by-msisdn/{tracker.sender_id}", timeout=4)
        c = r.json() if r.ok else {}
        return [SlotSet("customer_tier", c.get("tier", "standard")), SlotSet("phone_verified", bool(c))]


class ActionTransferToRelationshipManager(Action):
    """Gold only: assigns the Infobip Conversations thread to the customer's RM queue."""

    def name(self):
        return "action_transfer_to_relationship_manager"

    def run(self, dispatcher, tracker, domain):
        requests.post(
            "https://9kq2lm.api.infobip.com/ccaas/1/conversations/assign",
            headers={"Authorization": f"App {os.environ['INFOBIP_API_KEY']}"},
            json={"externalId": tracker.sender_id, "queueId": "RM_GOLD_LAGOS"},
            timeout=5,
        )
        return []
