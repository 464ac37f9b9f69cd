from typing import Any, Dict, List, Text
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.events import UserUtteranceReverted, SlotSet

from .agenda import AgendaClient

agenda = AgendaClient()


class ActionReserverPlage(Action):
    def name(self) -> Text:
        return "action_reserver_plage"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        jour = tracker.get_slot("jour")
        nom = tracker.get_slot("nom_patient")
        plage = agenda.premiere_plage_libre(jour)
        if not plage:
            dispatcher.utter_message(text=f"Plus rien de libre {jour}, désolé. Voulez-vous essayer une autre journée?")
            return [SlotSet("jour", None)]
        agenda.reserver(plage, nom, telephone=tracker.sender_id)
        dispatcher.utter_message(text=f"Je vous ai réservé {plage.libelle}.")
        return []


class ActionAnnulerRdv(Action):
    def name(self) -> Text:
        return "action_annuler_rdv"

    def run(self, dispatcher, tracker, domain):
        ok = agenda.annuler_prochain(telephone=tracker.sender_id)
        dispatcher.utter_message(text="C'est annulé ✔️" if ok else "Je ne trouve pas de rendez-vous à venir à ce numéro. Appelez la réception au 514 555-0142.")
        return []


class ActionDefaultFallback(Action):
    """Après deux incompréhensions : on redirige vers la réception."""

    def name(self) -> Text:
        return "action_default_fallback"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(response="utter_reception")
        return [UserUtteranceReverted()]
