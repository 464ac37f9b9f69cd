import os
from typing import Any, Dict, List, Text

import httpx
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

BILLING = os.getenv("BILLING_API", "https://billing.internal.kuotakita.id")


class ActionCekTagihan(Action):
    def name(self) -> Text:
        return "action_cek_tagihan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        nomor = tracker.get_slot("nomor_pelanggan")
        async with httpx.AsyncClient(timeout=5) as c:
            r = await c.get(f"{BILLING}/v1/tagihan/{nomor}")
        data = r.json()
        dispatcher.utter_message(text=f"Tagihan bulan ini Rp{data['jumlah']:,}, jatuh tempo {data['jatuh_tempo']}.")
        return []


class ActionBeliPaket(Action):
    def name(self) -> Text:
        return "action_beli_paket"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        async with httpx.AsyncClient(timeout=5) as c:
            await c.post(f"{BILLING}/v1/paket", json={"nomor": tracker.get_slot("nomor_pelanggan"), "paket": tracker.get_slot("paket_dipilih")})
        return []
