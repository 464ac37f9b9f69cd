import os
from datetime import datetime
from zoneinfo import ZoneInfo

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

QONTAK_URL = "https://service-chat.qontak.com/api/open/v1/rooms/{room}/handover"
JAM_KERJA = range(8, 17)


class ActionHandoffAdmin(Action):
    def name(self) -> str:
        return "action_handoff_admin"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain):
        now = datetime.now(ZoneInfo("Asia/Jakarta"))
        room = tracker.sender_id
        resp = requests.post(
            QONTAK_URL.format(room=room),
            headers={"Authorization": f"Bearer {os.environ['QONTAK_TOKEN']}"},
            json={"division_id": os.environ["QONTAK_DIVISI_ADMIN"], "note": "handoff dari bot"},
            timeout=8,
        )
        resp.raise_for_status()
        if now.weekday() < 6 and now.hour in JAM_KERJA:
            dispatcher.utter_message(response="utter_handoff_start")
        else:
            dispatcher.utter_message(response="utter_handoff_offhours")
        return []
