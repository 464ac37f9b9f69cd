import os
import httpx
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

CORE = os.getenv("CORE_API", "http://core-ledger.internal:8080")


class ActionCekStatusTransaksi(Action):
    def name(self):
        return "action_cek_status_transaksi"

    async def run(self, dispatcher, tracker, domain):
        trx = tracker.get_slot("id_transaksi")
        async with httpx.AsyncClient(timeout=8) as c:
            r = await c.get(f"{CORE}/v1/trx/{trx}", params={"msisdn": tracker.sender_id})
        status = r.json().get("status", "tidak ditemukan") if r.status_code == 200 else "tidak ditemukan"
        return [SlotSet("status_transaksi", status)]


class ActionBlokirAkun(Action):
    def name(self):
        return "action_blokir_akun"

    async def run(self, dispatcher, tracker, domain):
        if tracker.get_slot("konfirmasi_blokir"):
            async with httpx.AsyncClient(timeout=8) as c:
                await c.post(f"{CORE}/v1/akun/freeze", json={"msisdn": tracker.sender_id, "sumber": "wa_bot"})
        return []
