import os
from typing import Any, Dict, List, Text

from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

PROMPT_SYSTEME = (
    "Tu es ChatGPT, un assistant polyvalent et cultivé. "
    "Réponds en français à toutes les questions de l'utilisateur, quel que soit le sujet, "
    "de manière claire et concise."
)


class ActionReponseGpt(Action):
    """Quand le NLU n'est pas sûr, on laisse GPT répondre à la place du bot."""

    def name(self) -> Text:
        return "action_reponse_gpt"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        question = tracker.latest_message.get("text", "")
        completion = client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.7,
            messages=[
                {"role": "system", "content": PROMPT_SYSTEME},
                {"role": "user", "content": question},
            ],
        )
        dispatcher.utter_message(text=completion.choices[0].message.content)
        return [UserUtteranceReverted()]


class ActionEnregistrerReservation(Action):
    def name(self) -> Text:
        return "action_enregistrer_reservation"

    def run(self, dispatcher, tracker, domain):
        # TODO: brancher sur Zenchef
        return []
