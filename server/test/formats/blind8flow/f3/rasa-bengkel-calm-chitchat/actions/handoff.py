import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

CHATWOOT_URL = os.getenv("CHATWOOT_URL", "https://cs.bengkelmajujaya.co.id")
CHATWOOT_ACCOUNT = os.getenv("CHATWOOT_ACCOUNT_ID", "1")
CHATWOOT_INBOX = os.getenv("CHATWOOT_INBOX_ID", "4")


class ActionHandoffChatwoot(Action):
    """Opens a conversation in the workshop's Chatwoot inbox and assigns it to the admin team."""

    def name(self) -> str:
        return "action_handoff_chatwoot"

    def run(self, dispatcher, tracker, domain):
        headers = {"api_access_token": os.environ["CHATWOOT_TOKEN"]}
        phone = tracker.sender_id.replace("whatsapp:", "")
        transcript = "\n".join(
            f"{e['event']}: {e.get('text', '')}" for e in tracker.events if e["event"] in ("user", "bot")
        )[-3000:]
        contact = requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/{CHATWOOT_ACCOUNT}/contacts",
            json={"inbox_id": CHATWOOT_INBOX, "phone_number": phone, "name": tracker.get_slot("nama_pelanggan") or phone},
            headers=headers,
            timeout=10,
        ).json()
        conv = requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/{CHATWOOT_ACCOUNT}/conversations",
            json={
                "source_id": contact["payload"]["contact_inbox"]["source_id"],
                "inbox_id": CHATWOOT_INBOX,
                "status": "open",
                "team_id": 2,
                "message": {"content": "Pelanggan minta admin.\n\n" + transcript},
            },
            headers=headers,
            timeout=10,
        ).json()
        return [SlotSet("chatwoot_conversation_id", conv.get("id"))]
