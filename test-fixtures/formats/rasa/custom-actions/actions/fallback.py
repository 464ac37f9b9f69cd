import os
from typing import Any, Dict, List, Text

from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

SYSTEM_PROMPT = """You are a knowledgeable assistant.
Answer any question the user asks, on any subject, as fully as you can."""


class ActionLlmFallback(Action):
    """Lets the model answer what the NLU did not understand."""

    def name(self) -> Text:
        return "action_llm_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        reply = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": tracker.latest_message.get("text", "")},
            ],
        )
        dispatcher.utter_message(text=reply.choices[0].message.content)
        return []
