import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

FRESHCHAT_URL = os.environ.get("FRESHCHAT_URL", "https://kaveribroadband.freshchat.com/v2")
FRESHCHAT_TOKEN = os.environ["FRESHCHAT_TOKEN"]
L1_GROUP_ID = os.environ.get("FRESHCHAT_L1_GROUP", "7b1f0c52-4a0e-4c61-9d5e-2f1f7b3c9e10")


class ActionHandoffToFreshchat(Action):
    """Moves the WhatsApp conversation from the bot to the human L1 support group."""

    def name(self) -> Text:
        return "action_handoff_to_freshchat"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        conv_id = tracker.get_latest_input_channel_metadata().get("freshchat_conversation_id") \
            if hasattr(tracker, "get_latest_input_channel_metadata") else None
        headers = {"Authorization": f"Bearer {FRESHCHAT_TOKEN}", "Content-Type": "application/json"}
        body = {"assigned_group_id": L1_GROUP_ID, "status": "assigned"}
        requests.put(f"{FRESHCHAT_URL}/conversations/{conv_id}", json=body, headers=headers, timeout=10)
        # bot goes silent for this contact until the agent resolves the chat
        return [SlotSet("registered_phone", tracker.sender_id)]
