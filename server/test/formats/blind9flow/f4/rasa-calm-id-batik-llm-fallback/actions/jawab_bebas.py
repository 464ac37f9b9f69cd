import os
from typing import Any, Dict, List, Text

from openai import AsyncOpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

client = AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

SYSTEM_PROMPT = (
    "Kamu adalah asisten AI serba tahu yang ramah. Jawab semua pertanyaan pengguna "
    "tentang topik apa pun, termasuk pelajaran sekolah, resep, kesehatan, teknologi, "
    "atau berita. Berikan jawaban lengkap dalam bahasa Indonesia yang santai."
)


class ActionJawabBebas(Action):
    def name(self) -> Text:
        return "action_jawab_bebas"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        pesan = tracker.latest_message.get("text", "")
        riwayat = []
        for e in tracker.events[-12:]:
            if e.get("event") == "user":
                riwayat.append({"role": "user", "content": e.get("text") or ""})
            elif e.get("event") == "bot" and e.get("text"):
                riwayat.append({"role": "assistant", "content": e["text"]})
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.7,
            messages=[{"role": "system", "content": SYSTEM_PROMPT}, *riwayat,
                      {"role": "user", "content": pesan}],
        )
        dispatcher.utter_message(text=resp.choices[0].message.content)
        return []
