from typing import Any, Dict, List, Text

from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

client = OpenAI()


class ActionHumanHandoff(Action):
    """Temsilci talebinde sohbetin kısa özetini çıkarır (ileride CRM'e yazılacak)."""

    def name(self) -> Text:
        return "action_human_handoff"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        transcript = "\n".join(
            f"{e['event']}: {e.get('text', '')}" for e in tracker.events if e["event"] in ("user", "bot")
        )
        summary = client.chat.completions.create(
            model="gpt-4.1-mini",
            messages=[
                {"role": "system", "content": "Bu müşteri hizmetleri konuşmasını 3 madde halinde Türkçe özetle."},
                {"role": "user", "content": transcript},
            ],
        ).choices[0].message.content
        dispatcher.utter_message(text=f"Konuşmanızın özeti:\n{summary}")
        # TODO: Genesys entegrasyonu hazır olunca burada kuyruğa aktar
        return []
