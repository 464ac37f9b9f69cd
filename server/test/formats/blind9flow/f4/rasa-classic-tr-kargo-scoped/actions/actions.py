import os
import logging
from typing import Any, Dict, List, Text

import httpx
from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

logger = logging.getLogger(__name__)
llm = OpenAI()

KARGO_SISTEM_MESAJI = """Sen Hızlı Kargo A.Ş.'nin WhatsApp müşteri asistanısın.
Yalnızca şu konularda yardım edersin: gönderi takibi, teslimat süreleri, şube adresleri ve çalışma saatleri,
gönderi ücretleri, hasarlı/kayıp gönderi başvurusu nasıl yapılır.
Aşağıdaki şube ve tarife bilgisi dışında bilgi uydurma.
Kargo ile ilgisi olmayan her soruya (ödev, sağlık, siyaset, genel kültür, kod yazma vb.) şu cevabı ver:
"Üzgünüm, bu hatta yalnızca Hızlı Kargo gönderileriyle ilgili yardımcı olabiliyorum."
Kısa ve nazik yaz, Türkçe cevap ver.

Şubeler: Kadıköy (Moda Cd. 112, 09:00-19:00), Bornova (Kazımdirik Mh. 372/8, 09:00-18:30), Çankaya (Tunalı Hilmi Cd. 54, 09:00-19:00).
Tarifeler: 0-2 desi 89 TL, 3-5 desi 129 TL, 6-10 desi 189 TL. Şehir içi 1 gün, şehirlerarası 1-3 iş günü."""


class ActionKargoSorusu(Action):
    def name(self) -> Text:
        return "action_kargo_sorusu"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        soru = tracker.latest_message.get("text", "")
        cevap = llm.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.1,
            max_tokens=300,
            messages=[
                {"role": "system", "content": KARGO_SISTEM_MESAJI},
                {"role": "user", "content": soru},
            ],
        )
        dispatcher.utter_message(text=cevap.choices[0].message.content)
        return []


class ActionTakipSorgula(Action):
    def name(self) -> Text:
        return "action_takip_sorgula"

    def run(self, dispatcher, tracker, domain):
        no = tracker.get_slot("takip_no")
        if not no:
            dispatcher.utter_message(response="utter_takip_no_iste")
            return []
        r = httpx.get(f"https://api.hizlikargo.com.tr/v2/takip/{no}",
                      headers={"Authorization": f"Bearer {os.environ['KARGO_API_TOKEN']}"}, timeout=10)
        if r.status_code != 200:
            dispatcher.utter_message(text="Bu numarayla bir gönderi bulamadık, lütfen kontrol edin.")
            return []
        d = r.json()
        dispatcher.utter_message(text=f"{no}: {d['durum']} – son hareket {d['son_sube']} ({d['tarih']}).")
        return []


class ActionCanliDestek(Action):
    """Canlı destek entegrasyonu henüz yok; şimdilik çağrı merkezine yönlendiriyoruz."""

    def name(self) -> Text:
        return "action_canli_destek"

    def run(self, dispatcher, tracker, domain):
        # TODO: Freshchat entegrasyonu (Q3)
        dispatcher.utter_message(response="utter_canli_destek")
        return []
