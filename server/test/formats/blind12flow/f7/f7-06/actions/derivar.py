import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

ZD = "https://segurosandes.zendesk.com/api/v2/tickets.json"


class ActionDerivarEjecutivo(Action):
    def name(self):
        return "action_derivar_ejecutivo"

    def run(self, dispatcher, tracker, domain):
        body = {
            "ticket": {
                "subject": "Derivación desde WhatsApp",
                "comment": {"body": f"RUT {tracker.get_slot('rut')} pide ejecutivo. Canal: WhatsApp {tracker.sender_id}"},
                "group_id": int(os.environ["ZD_GROUP_WHATSAPP"]),
                "tags": ["whatsapp", "bot_handoff"],
                "via": {"channel": "whatsapp"},
            }
        }
        r = requests.post(ZD, json=body, auth=(os.environ["ZD_USER"] + "/token", os.environ["ZD_TOKEN"]), timeout=10)
        r.raise_for_status()
        return [SlotSet("ticket_id", str(r.json()["ticket"]["id"]))]
