import os
from datetime import datetime
from zoneinfo import ZoneInfo

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

CHATWOOT_URL = os.environ["CHATWOOT_URL"]          # https://destek.lavinya.com.tr
CHATWOOT_TOKEN = os.environ["CHATWOOT_API_TOKEN"]
ACCOUNT_ID = 1
TEAM_ID = 2  # "Müşteri Hizmetleri"


def mesai_ici() -> bool:
    simdi = datetime.now(ZoneInfo("Europe/Istanbul"))
    return simdi.weekday() < 5 and 9 <= simdi.hour < 18


class ActionTemsilciyeAktar(Action):
    def name(self) -> str:
        return "action_temsilciye_aktar"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain):
        telefon = tracker.sender_id.replace("whatsapp:", "")
        conv = requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/{ACCOUNT_ID}/conversations/filter",
            headers={"api_access_token": CHATWOOT_TOKEN},
            json={"payload": [{"attribute_key": "phone_number", "filter_operator": "equal_to", "values": [telefon]}]},
            timeout=10,
        ).json()["payload"][0]
        requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/{ACCOUNT_ID}/conversations/{conv['id']}/assignments",
            headers={"api_access_token": CHATWOOT_TOKEN},
            json={"team_id": TEAM_ID},
            timeout=10,
        )
        requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/{ACCOUNT_ID}/conversations/{conv['id']}/toggle_status",
            headers={"api_access_token": CHATWOOT_TOKEN},
            json={"status": "open"},
            timeout=10,
        )
        dispatcher.utter_message(response="utter_transfer_basladi" if mesai_ici() else "utter_transfer_mesai_disi")
        return []
