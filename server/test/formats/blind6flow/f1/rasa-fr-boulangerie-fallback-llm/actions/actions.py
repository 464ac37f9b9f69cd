import os
from typing import Any, Dict, List, Text

import requests
from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


class ActionSuiviCommande(Action):
    def name(self) -> Text:
        return "action_suivi_commande"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        numero = tracker.get_slot("numero_commande")
        r = requests.get(f"https://caisse.boulangerie-martin.fr/api/commandes/{numero}", timeout=5)
        statut = r.json().get("statut", "inconnu")
        dispatcher.utter_message(text=f"Commande {numero} : {statut}.")
        return []


class ActionDefaultFallback(Action):
    """Quand le NLU ne comprend pas, on laisse le modèle répondre."""

    def name(self) -> Text:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        question = tracker.latest_message.get("text", "")
        completion = client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.7,
            messages=[
                {"role": "system", "content": "Tu es un assistant polyvalent, cultivé et sympathique. Réponds à toutes les questions de l'utilisateur, quel que soit le sujet, de façon complète."},
                {"role": "user", "content": question},
            ],
        )
        dispatcher.utter_message(text=completion.choices[0].message.content)
        return [UserUtteranceReverted()]
