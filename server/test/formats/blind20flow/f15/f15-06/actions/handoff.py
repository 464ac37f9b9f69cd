"""Hand the WhatsApp conversation over to the human support desk.

Gupshup inbox is connected to Freshdesk Messaging (Freshchat). Assigning the
conversation to the "Jaipur Support L1" group pauses the bot for that user
(addons/gupshup.py skips Rasa when the conversation is assigned).
"""
import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

FRESHCHAT = "https://swiftnet.freshchat.com/v2"
GROUP_JAIPUR_L1 = "a7f3c2d0-41b8-4e0c-9d5b-2f6e1c8a9b30"


class ActionTransferToAgent(Action):
    def name(self):
        return "action_transfer_to_agent"

    def run(self, dispatcher, tracker, domain):
        conv_id = tracker.sender_id
        headers = {"Authorization": f"Bearer {os.environ['FRESHCHAT_TOKEN']}"}
        summary = " | ".join(
            e.get("text", "") for e in tracker.events[-12:] if e.get("event") == "user"
        )
        requests.put(
            f"{FRESHCHAT}/conversations/{conv_id}",
            json={"assigned_group_id": GROUP_JAIPUR_L1, "status": "assigned"},
            headers=headers,
            timeout=6,
        )
        requests.post(
            f"{FRESHCHAT}/conversations/{conv_id}/messages",
            json={"message_type": "private", "actor_type": "system",
                  "message_parts": [{"text": {"content": f"Bot summary: {summary[:900]}"}}]},
            headers=headers,
            timeout=6,
        )
        return [SlotSet("handed_off", True)]
