import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

AGENDA = os.getenv("AGENDA_URL", "https://agenda.vidaplena.med.br/api")


class ActionBuscarHorarios(Action):
    def name(self):
        return "action_buscar_horarios"

    def run(self, dispatcher, tracker, domain):
        esp = tracker.get_slot("especialidade")
        dia = tracker.get_slot("data_preferida")
        livres = requests.get(f"{AGENDA}/livres", params={"esp": esp, "dia": dia}, timeout=6).json()
        if not livres:
            dispatcher.utter_message(text="Não achei horário nesse dia 😕 Quer tentar outra data?")
            return [SlotSet("data_preferida", None)]
        dispatcher.utter_message(text="Horários livres: " + ", ".join(h["label"] for h in livres[:5]))
        return [SlotSet("horario_escolhido", livres[0]["label"])]


class ActionMarcarConsulta(Action):
    def name(self):
        return "action_marcar_consulta"

    def run(self, dispatcher, tracker, domain):
        r = requests.post(f"{AGENDA}/consultas", json={
            "cpf": tracker.get_slot("cpf"),
            "especialidade": tracker.get_slot("especialidade"),
            "horario": tracker.get_slot("horario_escolhido"),
            "convenio": tracker.get_slot("convenio"),
            "origem": "whatsapp-bot",
        }, timeout=6).json()
        return [SlotSet("consulta_id", r.get("id"))]


class ActionCancelarConsulta(Action):
    def name(self):
        return "action_cancelar_consulta"

    def run(self, dispatcher, tracker, domain):
        requests.delete(f"{AGENDA}/consultas", params={"cpf": tracker.get_slot("cpf")}, timeout=6)
        return []
