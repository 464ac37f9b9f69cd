import os
import datetime as dt
import requests
from rasa_sdk import Action
from rasa_sdk.events import ConversationPaused

CHATWOOT = os.environ.get("CHATWOOT_URL", "https://destek.netvadi.com.tr")
INBOX_ID = int(os.environ.get("CHATWOOT_WA_INBOX", "4"))


class ActionTemsilciyeAktar(Action):
    def name(self):
        return "action_temsilciye_aktar"

    def run(self, dispatcher, tracker, domain):
        telefon = tracker.sender_id.replace("whatsapp:", "")
        gecmis = "\n".join(
            f"{e['event']}: {e.get('text')}" for e in tracker.events[-20:] if e.get("text")
        )
        r = requests.post(
            f"{CHATWOOT}/api/v1/accounts/1/conversations",
            headers={"api_access_token": os.environ["CHATWOOT_TOKEN"]},
            json={"inbox_id": INBOX_ID, "source_id": telefon, "status": "open",
                  "assignee_id": None, "team_id": 2,
                  "message": {"content": "Bot devri:\n" + gecmis}},
            timeout=10,
        )
        r.raise_for_status()
        saat = dt.datetime.now().hour
        if 8 <= saat < 24:
            dispatcher.utter_message(response="utter_handoff_basladi")
        else:
            dispatcher.utter_message(response="utter_handoff_mesai_disi")
        return [ConversationPaused()]
