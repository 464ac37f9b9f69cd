import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

ZD = "https://hansehausrat.zendesk.com/api/v2"
AUTH = (os.environ["ZD_USER"] + "/token", os.environ["ZD_TOKEN"])


class ActionZendeskUebergabe(Action):
    """Legt ein Messaging-Ticket in der Gruppe 'WhatsApp Service' an; Agenten übernehmen im Agent Workspace."""

    def name(self):
        return "action_zendesk_uebergabe"

    def run(self, dispatcher, tracker, domain):
        verlauf = "\n".join(
            f"{e['event']}: {e.get('text', '')}" for e in tracker.events if e.get("event") in ("user", "bot")
        )[-4000:]
        body = {
            "ticket": {
                "subject": f"WhatsApp-Übergabe {tracker.sender_id}",
                "comment": {"body": verlauf},
                "group_id": int(os.environ.get("ZD_GROUP_WHATSAPP", "36011457")),
                "tags": ["whatsapp", "bot_uebergabe"],
                "via_followup_source_id": tracker.sender_id,
            }
        }
        try:
            r = requests.post(f"{ZD}/tickets.json", json=body, auth=AUTH, timeout=10)
            r.raise_for_status()
            return [SlotSet("ticket_id", str(r.json()["ticket"]["id"]))]
        except requests.RequestException:
            return [SlotSet("ticket_id", None)]
