from typing import Any, Dict, List, Text

import openai
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher


class ActionHumanHandoff(Action):
    """Membuat ringkasan percakapan untuk agen manusia.

    Catatan: belum terhubung ke sistem tiket mana pun, hanya menampilkan ringkasan.
    """

    def name(self) -> Text:
        return "action_human_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        transcript = []
        for event in tracker.events:
            if event.get("event") == "user":
                transcript.append(f"USER: {event.get('text')}")
            elif event.get("event") == "bot":
                transcript.append(f"BOT: {event.get('text')}")
        client = openai.AsyncOpenAI()
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Ringkas percakapan berikut dalam 3 kalimat untuk agen customer service."},
                {"role": "user", "content": "\n".join(transcript[-30:])},
            ],
        )
        summary = resp.choices[0].message.content
        dispatcher.utter_message(response="utter_handoff_summary", handoff_summary=summary)
        return [SlotSet("handoff_summary", summary)]
