import os
from typing import Any, Dict, List, Text

import requests
from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))
CRM = os.getenv("CRM_URL", "https://crm.hizlinet.com.tr/api")

SISTEM_MESAJI = """Sen HızlıNet internet servis sağlayıcısının WhatsApp asistanısın.
Yalnızca şu konularda yanıt ver: HızlıNet fiber/ADSL paketleri ve fiyatları, fatura ve ödeme
yöntemleri, modem kurulumu, bağlantı sorunları için temel kontroller, taşınma ve iptal süreci.
Bu konular dışındaki her soruya (genel kültür, haber, ödev, kod yazma, sağlık, başka şirketler vb.)
cevap verme; kibarca yalnızca HızlıNet hizmetleriyle ilgili yardımcı olabileceğini söyle.
Fiyat uydurma; emin olmadığın bilgide müşteriyi çağrı merkezine yönlendir.
Yanıtların kısa olsun (en fazla 3 cümle) ve Türkçe olsun."""


class ActionLlmYanit(Action):
    def name(self) -> Text:
        return "action_llm_yanit"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        soru = tracker.latest_message.get("text", "")
        gecmis = []
        for e in tracker.events[-12:]:
            if e.get("event") == "user":
                gecmis.append({"role": "user", "content": e.get("text") or ""})
            elif e.get("event") == "bot" and e.get("text"):
                gecmis.append({"role": "assistant", "content": e["text"]})
        yanit = client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.2,
            max_tokens=220,
            messages=[{"role": "system", "content": SISTEM_MESAJI}, *gecmis[:-1], {"role": "user", "content": soru}],
        )
        dispatcher.utter_message(text=yanit.choices[0].message.content.strip())
        return []


class ActionFaturaSorgula(Action):
    def name(self) -> Text:
        return "action_fatura_sorgula"

    def run(self, dispatcher, tracker, domain):
        abone = tracker.get_slot("abone_no")
        if not abone:
            dispatcher.utter_message(response="utter_abone_no_sor")
            return []
        r = requests.get(f"{CRM}/fatura/{abone}", timeout=6)
        if r.ok:
            f = r.json()
            dispatcher.utter_message(text=f"Son faturanız {f['tutar']} TL, son ödeme tarihi {f['son_odeme']}.")
        else:
            dispatcher.utter_message(text="Fatura bilgisine şu an ulaşamıyorum, lütfen biraz sonra tekrar deneyin.")
        return []


class ActionArizaKaydi(Action):
    def name(self) -> Text:
        return "action_ariza_kaydi"

    def run(self, dispatcher, tracker, domain):
        requests.post(f"{CRM}/ariza", json={"telefon": tracker.sender_id, "aciklama": tracker.latest_message.get("text")}, timeout=6)
        dispatcher.utter_message(response="utter_ariza_alindi")
        return []
