import os
import requests
from rasa_sdk import Action

ZD = "https://hanseatische-vs.zendesk.com/api/v2"


class ActionUebergabeZendesk(Action):
    def name(self):
        return "action_uebergabe_zendesk"

    def run(self, dispatcher, tracker, domain):
        transcript = "\n".join(
            f"{e.get('event')}: {e.get('text', '')}" for e in tracker.events if e.get("event") in ("user", "bot")
        )
        requests.post(
            f"{ZD}/tickets",
            auth=(os.environ["ZD_USER"] + "/token", os.environ["ZD_TOKEN"]),
            json={"ticket": {
                "subject": "WhatsApp-Übergabe Schadenassistent",
                "group_id": int(os.environ["ZD_GROUP_SCHADEN"]),
                "via_followup_source_id": tracker.sender_id,
                "comment": {"body": transcript, "public": False},
                "tags": ["whatsapp", "bot_handoff"],
            }},
            timeout=10,
        ).raise_for_status()
        return []


class ActionSchadenAnlegen(Action):
    def name(self):
        return "action_schaden_anlegen"

    def run(self, dispatcher, tracker, domain):
        from rasa_sdk.events import SlotSet
        r = requests.post(os.environ["SCHADEN_API"] + "/schaeden", json={
            "vertrag": tracker.get_slot("vertragsnummer"),
            "kennzeichen": tracker.get_slot("kennzeichen"),
            "art": tracker.get_slot("schadenart"),
            "datum": tracker.get_slot("schadendatum"),
        }, timeout=10)
        return [SlotSet("schaden_nr", r.json()["schadennummer"])]
