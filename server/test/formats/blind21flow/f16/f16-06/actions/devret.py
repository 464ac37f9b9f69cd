import os
from datetime import datetime
from zoneinfo import ZoneInfo

import requests
from rasa_sdk import Action
from rasa_sdk.events import ConversationPaused

CHATWOOT = os.environ["CHATWOOT_URL"]  # https://destek.kervanturizm.com.tr
HESAP = os.environ["CHATWOOT_ACCOUNT_ID"]
TOKEN = os.environ["CHATWOOT_BOT_TOKEN"]
CAGRI_MERKEZI_TAKIM_ID = 3


class ActionTemsilciyeDevret(Action):
    """Konuşmayı Chatwoot'ta 'Çağrı Merkezi' ekibine atar; bot sohbeti duraklatır."""

    def name(self):
        return "action_temsilciye_devret"

    def run(self, dispatcher, tracker, domain):
        konusma_id = tracker.get_slot("chatwoot_conversation_id") or tracker.sender_id
        requests.post(
            f"{CHATWOOT}/api/v1/accounts/{HESAP}/conversations/{konusma_id}/assignments",
            headers={"api_access_token": TOKEN},
            json={"team_id": CAGRI_MERKEZI_TAKIM_ID},
            timeout=10,
        ).raise_for_status()
        saat = datetime.now(ZoneInfo("Europe/Istanbul")).hour
        if 8 <= saat < 23:
            dispatcher.utter_message(response="utter_temsilciye_aktariliyor")
        else:
            dispatcher.utter_message(response="utter_temsilci_mesai_disi")
        return [ConversationPaused()]
