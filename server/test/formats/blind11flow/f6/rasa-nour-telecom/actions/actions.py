from rasa_sdk import Action
from rasa_sdk.events import SlotSet
import httpx, os

BSS = os.getenv("BSS_URL", "https://bss.internal.nourtel.ae")


class ActionFetchBill(Action):
    def name(self):
        return "action_fetch_bill"

    async def run(self, dispatcher, tracker, domain):
        async with httpx.AsyncClient(timeout=6) as cli:
            r = await cli.get(f"{BSS}/billing/{tracker.get_slot('msisdn')}")
        d = r.json()
        return [SlotSet("bill_amount", d["amount"]), SlotSet("due_date", d["due"])]


class ActionActivateBundle(Action):
    def name(self):
        return "action_activate_bundle"

    async def run(self, dispatcher, tracker, domain):
        async with httpx.AsyncClient(timeout=6) as cli:
            await cli.post(f"{BSS}/bundles", json={"msisdn": tracker.get_slot("msisdn"), "code": tracker.get_slot("bundle_choice")})
        return []
