"""Transfert vers la file "Conseillers adhérents" de Zendesk (agents humains)."""
import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused
from rasa_sdk.executor import CollectingDispatcher

ZENDESK_URL = "https://horizonsante.zendesk.com/api/v2/tickets.json"
GROUP_CONSEILLERS = 360012345678  # groupe "Conseillers adhérents – WhatsApp"


class ActionHandoffConseiller(Action):
    def name(self) -> Text:
        return "action_handoff_conseiller"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        transcript = "\n".join(
            f"{e['event']}: {e.get('text', '')}" for e in tracker.events if e.get("event") in ("user", "bot")
        )
        payload = {
            "ticket": {
                "subject": f"WhatsApp – reprise conseiller ({tracker.sender_id})",
                "comment": {"body": transcript[-6000:]},
                "group_id": GROUP_CONSEILLERS,
                "tags": ["whatsapp", "handoff_bot"],
                "via": {"channel": "whatsapp"},
            }
        }
        requests.post(
            ZENDESK_URL,
            json=payload,
            auth=(os.environ["ZENDESK_USER"] + "/token", os.environ["ZENDESK_TOKEN"]),
            timeout=10,
        )
        # le bot se tait, le conseiller reprend la conversation dans Zendesk Agent Workspace
        return [ConversationPaused()]
