import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import ConversationPaused

CHATWOOT = os.environ["CHATWOOT_URL"]
ACCOUNT = os.environ["CHATWOOT_ACCOUNT_ID"]
TEAM_ID = 4  # فريق خدمة العملاء - الوردية المسائية والصباحية


class ActionHandoffChatwoot(Action):
    def name(self):
        return "action_handoff_chatwoot"

    def run(self, dispatcher, tracker, domain):
        conv_id = tracker.get_latest_input_channel() and tracker.sender_id
        requests.post(
            f"{CHATWOOT}/api/v1/accounts/{ACCOUNT}/conversations/{conv_id}/assignments",
            json={"team_id": TEAM_ID},
            headers={"api_access_token": os.environ["CHATWOOT_TOKEN"]},
            timeout=5,
        )
        requests.post(
            f"{CHATWOOT}/api/v1/accounts/{ACCOUNT}/conversations/{conv_id}/toggle_status",
            json={"status": "open"},
            headers={"api_access_token": os.environ["CHATWOOT_TOKEN"]},
            timeout=5,
        )
        return [ConversationPaused()]
