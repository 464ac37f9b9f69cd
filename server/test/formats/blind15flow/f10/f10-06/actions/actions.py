import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet, ConversationPaused

CW = os.environ.get("CHATWOOT_URL", "https://support.cyclorhone.fr")
CW_TOKEN = os.environ["CHATWOOT_BOT_TOKEN"]
EQUIPE_CONSEILLERS = 2  # équipe "Conseillers agence" dans Chatwoot


class ActionTransfertConseiller(Action):
    def name(self):
        return "action_transfert_conseiller"

    def run(self, dispatcher, tracker, domain):
        conv_id = tracker.latest_message.get("metadata", {}).get("chatwoot_conversation_id")
        h = {"api_access_token": CW_TOKEN}
        requests.post(f"{CW}/api/v1/accounts/1/conversations/{conv_id}/assignments", json={"team_id": EQUIPE_CONSEILLERS}, headers=h, timeout=8)
        requests.post(f"{CW}/api/v1/accounts/1/conversations/{conv_id}/toggle_status", json={"status": "open"}, headers=h, timeout=8)
        return [ConversationPaused()]


class ActionCreerReservation(Action):
    def name(self):
        return "action_creer_reservation"

    def run(self, dispatcher, tracker, domain):
        r = requests.post("https://resa.cyclorhone.fr/api/reservations", json={
            "agence": tracker.get_slot("agence"),
            "date": tracker.get_slot("date_location"),
            "type": tracker.get_slot("type_velo"),
            "jours": tracker.get_slot("duree_jours"),
            "telephone": tracker.sender_id,
        }, timeout=8).json()
        return [SlotSet("numero_reservation", r["numero"])]


class ActionAnnulerReservation(Action):
    def name(self):
        return "action_annuler_reservation"

    def run(self, dispatcher, tracker, domain):
        requests.delete(f"https://resa.cyclorhone.fr/api/reservations/{tracker.get_slot('numero_reservation')}", timeout=8)
        return []
