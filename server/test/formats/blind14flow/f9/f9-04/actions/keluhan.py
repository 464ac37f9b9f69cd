import os
from typing import Any, Dict, List, Text

from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

PROMPT_RINGKAS = (
    "Kamu membantu resepsionis Klinik Gigi Senyum. Ringkas keluhan pasien di bawah ini "
    "menjadi satu kalimat klinis singkat untuk dokter gigi (lokasi gigi, durasi, tingkat nyeri "
    "jika disebut). Jangan memberi diagnosis atau saran obat. Jawab dalam bahasa Indonesia."
)


class ActionRingkasKeluhan(Action):
    def name(self) -> Text:
        return "action_ringkas_keluhan"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        pesan = [e.get("text") for e in tracker.events if e.get("event") == "user"][-4:]
        teks = "\n".join(p for p in pesan if p)
        resp = _client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0,
            max_tokens=120,
            messages=[
                {"role": "system", "content": PROMPT_RINGKAS},
                {"role": "user", "content": teks},
            ],
        )
        ringkas = resp.choices[0].message.content.strip()
        return [SlotSet("ringkasan_keluhan", ringkas)]
