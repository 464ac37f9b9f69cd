import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet


class ActionCheckOrder(Action):
    def name(self):
        return "action_check_order"

    def run(self, dispatcher, tracker, domain):
        oid = (tracker.get_slot("order_id") or "").upper().strip()
        r = requests.get(f"{os.environ['POS_API']}/orders/{oid}", timeout=6)
        if r.status_code != 200:
            return [SlotSet("order_status", "nahi mila — ID check kar lijiye")]
        d = r.json()
        return [SlotSet("order_status", f"{d['status']} (ETA {d.get('eta_min', '?')} min)")]
