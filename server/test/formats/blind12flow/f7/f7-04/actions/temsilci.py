import os
from datetime import datetime
from zoneinfo import ZoneInfo

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

CHATWOOT_URL = os.environ["CHATWOOT_URL"]          # https://destek.kargomat.com.tr
CHATWOOT_TOKEN = os.environ["CHATWOOT_BOT_TOKEN"]
INBOX_ID = int(os.environ.get("CHATWOOT_WA_INBOX", "4"))
TEAM_MUSTERI_HIZMETLERI = 3


class ActionTemsilciyeAktar(Action):
    """Sohbeti Chatwoot'ta Müşteri Hizmetleri ekibine açar ve botu o kişi için susturur."""

    def name(self) -> str:
        return "action_temsilciye_aktar"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain):
        telefon = tracker.sender_id.replace("whatsapp:", "")
        son_mesajlar = [e.get("text") for e in tracker.events if e.get("event") == "user"][-6:]
        resp = requests.post(
            f"{CHATWOOT_URL}/api/v1/accounts/1/conversations",
            headers={"api_access_token": CHATWOOT_TOKEN},
            json={
                "source_id": telefon,
                "inbox_id": INBOX_ID,
                "team_id": TEAM_MUSTERI_HIZMETLERI,
                "status": "open",
                "additional_attributes": {"bot_devri": True},
                "message": {"content": "Bot devri. Son mesajlar:\n" + "\n".join(filter(None, son_mesajlar))},
            },
            timeout=10,
        )
        resp.raise_for_status()
        talep_no = str(resp.json()["id"])
        now = datetime.now(ZoneInfo("Europe/Istanbul"))
        mesai = (now.weekday() < 5 and 8 <= now.hour < 20) or (now.weekday() == 5 and 9 <= now.hour < 17)
        return [SlotSet("temsilci_talep_no", talep_no if mesai else None)]
