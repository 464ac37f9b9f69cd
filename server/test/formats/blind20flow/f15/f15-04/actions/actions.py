import os
from typing import Any, Dict, List, Text

import requests
from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

YK_API = os.getenv("YK_API", "https://api.yildizkargo.com.tr/v3")
client = OpenAI()

# Ilk nlu_fallback'te kullanilan kisa LLM cevabi. Ikinci seferde kural cagri merkezine yonlendiriyor.
YEDEK_SISTEM_PROMPTU = """Sen Yıldız Kargo'nun WhatsApp asistanısın.
Yalnızca şu konularda kısa (en fazla 3 cümle) yanıt ver: gönderi takibi, şube adres ve saatleri,
gönderi ücretleri / desi hesabı, teslimat adresi değişikliği, hasarlı veya kayıp gönderi süreci, kapıda ödeme.
Bu konular dışındaki her soruya (genel kültür, ödev, siyaset, başka firmalar vb.) şu cümleyle cevap ver:
"Bu konuda yardımcı olamıyorum, yalnızca Yıldız Kargo gönderileriyle ilgili soruları yanıtlayabilirim."
Takip numarası veya fiyat uydurma; emin değilsen kullanıcıdan takip numarası iste."""


class ActionKargoTakip(Action):
    def name(self) -> Text:
        return "action_kargo_takip"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        takip_no = tracker.get_slot("takip_no")
        r = requests.get(f"{YK_API}/shipments/{takip_no}", timeout=8)
        if r.status_code != 200:
            dispatcher.utter_message(text="Bu takip numarasıyla gönderi bulamadım. Numarayı kontrol edip tekrar yazar mısınız?")
            return [SlotSet("takip_no", None)]
        s = r.json()
        dispatcher.utter_message(
            text=f"📦 {takip_no}: {s['durum_aciklama']}\nSon hareket: {s['son_sube']} – {s['son_hareket_zamani']}\nTahmini teslim: {s.get('tahmini_teslim', 'belirsiz')}"
        )
        return []


class ActionSubeBul(Action):
    def name(self) -> Text:
        return "action_sube_bul"

    def run(self, dispatcher, tracker, domain):
        il = tracker.get_slot("il") or ""
        r = requests.get(f"{YK_API}/branches", params={"il": il}, timeout=8).json()
        if not r:
            dispatcher.utter_message(text="Hangi ildeki şubemizi arıyorsunuz?")
            return []
        satirlar = [f"• {b['ad']}: {b['adres']} ({b['saatler']})" for b in r[:3]]
        dispatcher.utter_message(text="\n".join(satirlar))
        return []


class ActionUcretHesapla(Action):
    def name(self) -> Text:
        return "action_ucret_hesapla"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text="Ücret hesaplamak için gönderinin desi/kg bilgisini ve varış ilini yazabilirsiniz. Online fiyat: yildizkargo.com.tr/fiyat")
        return []


class ActionAnlasilamadiSay(Action):
    def name(self) -> Text:
        return "action_anlasilamadi_say"

    def run(self, dispatcher, tracker, domain):
        n = tracker.get_slot("anlasilamadi_sayisi") or 0
        return [SlotSet("anlasilamadi_sayisi", n + 1)]


class ActionLLMYedekCevap(Action):
    def name(self) -> Text:
        return "action_llm_yedek_cevap"

    def run(self, dispatcher, tracker, domain):
        soru = tracker.latest_message.get("text", "")
        cevap = client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.2,
            max_tokens=220,
            messages=[
                {"role": "system", "content": YEDEK_SISTEM_PROMPTU},
                {"role": "user", "content": soru},
            ],
        ).choices[0].message.content
        dispatcher.utter_message(text=cevap)
        return []
