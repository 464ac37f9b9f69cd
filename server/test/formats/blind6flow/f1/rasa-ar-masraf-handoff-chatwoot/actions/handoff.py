import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

CHATWOOT_URL = os.environ.get("CHATWOOT_URL", "https://support.wahatbank.jo")
ACCOUNT_ID = os.environ.get("CHATWOOT_ACCOUNT_ID", "1")
INBOX_ID = int(os.environ.get("CHATWOOT_WA_INBOX_ID", "4"))
CUSTOMER_CARE_TEAM = 3


class ActionOpenChatwootConversation(Action):
    """Opens a conversation in the customer-care inbox and assigns it to the team."""

    def name(self) -> Text:
        return "action_open_chatwoot_conversation"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        headers = {"api_access_token": os.environ["CHATWOOT_API_TOKEN"]}
        transcript = "\n".join(
            f"{e.get('event')}: {e.get('text')}" for e in tracker.events if e.get("event") in ("user", "bot") and e.get("text")
        )
        conv = requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/{ACCOUNT_ID}/conversations",
            headers=headers,
            json={"source_id": tracker.sender_id, "inbox_id": INBOX_ID, "status": "open", "team_id": CUSTOMER_CARE_TEAM},
            timeout=10,
        ).json()
        requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/{ACCOUNT_ID}/conversations/{conv['id']}/messages",
            headers=headers,
            json={"content": transcript[-4000:], "message_type": "outgoing", "private": True},
            timeout=10,
        )
        return [SlotSet("chatwoot_conversation_id", str(conv["id"]))]
