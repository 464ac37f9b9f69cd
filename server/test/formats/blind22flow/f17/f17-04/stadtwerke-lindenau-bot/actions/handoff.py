"""Übergabe an den Kundenservice.

Stand 04/2025: Die Anbindung an das Ticketsystem (OTRS) ist noch nicht live.
Bis dahin fassen wir das Gespräch nur zusammen und schicken es dem Kunden zurück.
"""
from typing import Any, Dict, List, Text

from openai import AzureOpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

client = AzureOpenAI()  # Zugangsdaten aus der Umgebung


class ActionHumanHandoff(Action):
    def name(self) -> Text:
        return "action_human_handoff"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        verlauf = "\n".join(
            f"{e.get('event')}: {e.get('text')}" for e in tracker.events if e.get("event") in ("user", "bot") and e.get("text")
        )
        antwort = client.chat.completions.create(
            model="swl-gpt4o-mini",
            messages=[
                {"role": "system", "content": "Fasse das Anliegen des Kunden in einem Satz zusammen."},
                {"role": "user", "content": verlauf[-6000:]},
            ],
        )
        summary = antwort.choices[0].message.content.strip()
        # TODO(ak): Ticket in OTRS anlegen, sobald der Service-Account freigeschaltet ist
        # otrs.create_ticket(queue="Privatkunden::WhatsApp", body=summary, customer=tracker.get_slot("kundennummer"))
        dispatcher.utter_message(response="utter_human_handoff_summary", summary=summary)
        return []
