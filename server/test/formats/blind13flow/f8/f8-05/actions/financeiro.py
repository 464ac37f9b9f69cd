import os
import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet

ERP = os.getenv("FIBRALAR_ERP_URL", "https://erp.fibralar.net.br/api")


class ActionBuscarFatura(Action):
    def name(self):
        return "action_buscar_fatura"

    def run(self, dispatcher, tracker, domain):
        doc = "".join(c for c in (tracker.get_slot("cpf_cnpj") or "") if c.isdigit())
        r = requests.get(f"{ERP}/faturas/aberta", params={"documento": doc}, timeout=8)
        if r.status_code != 200:
            dispatcher.utter_message(text="Não achei fatura em aberto para esse documento.")
            return [SlotSet("fatura_link", None)]
        return [SlotSet("fatura_link", r.json()["link_pdf"])]
