import json
import os

from openai import OpenAI
from twilio.rest import Client as TwilioClient

client = OpenAI()
twilio = TwilioClient(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])

INSTRUCTIONS = """Tu es le concierge virtuel de l'Hôtel Les Tilleuls, un hôtel 4 étoiles au 12 rue des Carmes, Annecy.
Tu réponds uniquement aux questions des clients de l'hôtel : réservations et disponibilités, tarifs des chambres,
horaires (petit-déjeuner 7h–10h30, check-in à partir de 15h, check-out avant 11h), parking, spa, restaurant
« Le Lac » et recommandations dans Annecy liées au séjour.
Réponds en français (ou dans la langue du client), de façon chaleureuse et concise.
Si la demande n'a aucun rapport avec l'hôtel ou le séjour, explique poliment que tu ne peux aider que pour l'Hôtel Les Tilleuls.
Si le client a une réclamation, une urgence, ou demande à parler à quelqu'un, appelle l'outil transfer_to_human."""

TOOLS = [
    {
        "type": "function",
        "name": "transfer_to_human",
        "description": "Transfère la conversation à un réceptionniste de l'hôtel.",
        "parameters": {
            "type": "object",
            "properties": {
                "reason": {"type": "string", "description": "Motif de la demande du client"},
                "urgency": {"type": "string", "enum": ["normal", "urgent"]},
            },
            "required": ["reason", "urgency"],
            "additionalProperties": False,
        },
        "strict": True,
    }
]

_last_response: dict[str, str] = {}


def _notify_reception(guest: str, reason: str, urgency: str) -> None:
    twilio.messages.create(
        from_=f"whatsapp:{os.environ['TWILIO_WHATSAPP_NUMBER']}",
        to=f"whatsapp:{os.environ['RECEPTION_WHATSAPP']}",
        body=f"[{urgency.upper()}] Client {guest.replace('whatsapp:', '')} demande la réception : {reason}",
    )


def handle(guest: str, text: str) -> str:
    response = client.responses.create(
        model="gpt-4.1-mini",
        instructions=INSTRUCTIONS,
        input=text,
        tools=TOOLS,
        previous_response_id=_last_response.get(guest),
    )

    for item in response.output:
        if item.type == "function_call" and item.name == "transfer_to_human":
            args = json.loads(item.arguments)
            _notify_reception(guest, args["reason"], args["urgency"])
            follow = client.responses.create(
                model="gpt-4.1-mini",
                instructions=INSTRUCTIONS,
                previous_response_id=response.id,
                input=[{
                    "type": "function_call_output",
                    "call_id": item.call_id,
                    "output": "La réception a été prévenue et va recontacter le client sur WhatsApp.",
                }],
            )
            _last_response[guest] = follow.id
            return follow.output_text

    _last_response[guest] = response.id
    return response.output_text
