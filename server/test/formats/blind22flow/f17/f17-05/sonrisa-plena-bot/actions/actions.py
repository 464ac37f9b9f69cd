from typing import Any, Dict, List, Text
import os

import requests
from openai import OpenAI
from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted, ConversationPaused
from rasa_sdk.executor import CollectingDispatcher

oai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
KOMMO = "https://sonrisaplena.kommo.com/api/v4"

PROMPT_FALLBACK = """Eres el asistente de WhatsApp de Clínica Dental Sonrisa Plena (Guadalajara, 3 sucursales).
Solo puedes hablar de: servicios y tratamientos dentales que ofrece la clínica, citas, horarios, sucursales,
formas de pago, facturación y cuidados generales después de un tratamiento (sin diagnosticar).
Si la pregunta no tiene que ver con la clínica o con salud dental, responde en una sola frase que solo puedes
ayudar con temas de Sonrisa Plena y ofrece agendar una cita o pasar con recepción.
Nunca des precios que no estén en la lista: {precios}
Habla en español de México, cálido y breve (máximo 3 renglones)."""

PRECIOS = "limpieza $650, valoración $0, resina desde $900, blanqueamiento $3,800, ortodoncia brackets desde $28,000"


class ActionDefaultFallback(Action):
    """Cuando DIET no está seguro, dejamos que el LLM conteste pero amarrado a la clínica."""

    def name(self) -> Text:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        texto = tracker.latest_message.get("text", "")
        r = oai.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.2,
            max_tokens=180,
            messages=[
                {"role": "system", "content": PROMPT_FALLBACK.format(precios=PRECIOS)},
                {"role": "user", "content": texto},
            ],
        )
        dispatcher.utter_message(text=r.choices[0].message.content)
        return [UserUtteranceReverted()]


class ActionTransferirRecepcion(Action):
    """Pasa la conversación a recepción: la recepcionista contesta desde Kommo en el mismo chat de WhatsApp."""

    def name(self) -> Text:
        return "action_transferir_recepcion"

    def run(self, dispatcher, tracker: Tracker, domain):
        lead_id = tracker.get_slot("kommo_lead_id") or tracker.sender_id
        requests.patch(
            f"{KOMMO}/leads/{lead_id}",
            headers={"Authorization": f"Bearer {os.environ['KOMMO_TOKEN']}"},
            json={"status_id": 61822710, "responsible_user_id": 10455021,  # Recepción turno
                  "custom_fields_values": [{"field_id": 889120, "values": [{"value": "BOT_PAUSADO"}]}]},
            timeout=6,
        )
        dispatcher.utter_message(
            text="Te comunico con recepción 🙌 En un momento te contestan por aquí mismo. "
                 "Si es urgente también puedes llamar al 33 3616 2290 (lun–vie 9:00–20:00, sáb 9:00–14:00)."
        )
        return [ConversationPaused()]


class ActionConsultarPrecio(Action):
    def name(self) -> Text:
        return "action_consultar_precio"

    def run(self, dispatcher, tracker, domain):
        t = (tracker.get_slot("tratamiento") or "").lower()
        tabla = dict(x.split(" ", 1) for x in PRECIOS.replace("brackets ", "").split(", "))
        dispatcher.utter_message(text=f"{t.capitalize()}: {tabla.get(t, 'lo vemos en la valoración (sin costo)')}")
        return []
