import os

from twilio.rest import Client

_tw = Client(os.getenv("TWILIO_ACCOUNT_SID"), os.getenv("TWILIO_AUTH_TOKEN"))


def avvisa_reception(ospite: str, richiesta: str) -> str:
    """Inoltra al cellulare WhatsApp della reception; risponde il personale di turno."""
    _tw.messages.create(
        from_=os.getenv("TWILIO_WHATSAPP_NUMBER"),
        to=os.getenv("RECEPTION_WHATSAPP"),
        body=f"🛎 Richiesta da {ospite.replace('whatsapp:', '')}:\n{richiesta}\nRispondere all'ospite dalla console Twilio/Frontdesk.",
    )
    return "inoltrato"
