"""Übergabe an den Zendesk-Messaging-Kundenservice (Sunshine Conversations switchboard)."""
import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import ConversationPaused

ZD_APP = os.environ["SUNCO_APP_ID"]
AUTH = (os.environ["SUNCO_KEY_ID"], os.environ["SUNCO_SECRET"])


class ActionAnMitarbeiterUebergeben(Action):
    def name(self):
        return "action_an_mitarbeiter_uebergeben"

    def run(self, dispatcher, tracker, domain):
        conv_id = tracker.sender_id
        verlauf = "\n".join(e.get("text") or "" for e in tracker.events if e.get("event") in ("user", "bot"))[-3000:]
        r = requests.post(
            f"https://api.smooch.io/v2/apps/{ZD_APP}/conversations/{conv_id}/passControl",
            json={"switchboardIntegration": "zd-agentWorkspace", "metadata": {"dataCapture.ticketField.description": verlauf}},
            auth=AUTH, timeout=10,
        )
        if r.ok:
            dispatcher.utter_message(response="utter_uebergabe")
            return [ConversationPaused()]
        dispatcher.utter_message(response="utter_uebergabe_fehler")
        return []
