"""WhatsApp Cloud API kanalı (Rasa InputChannel). Gelen metin mesajlarını Rasa'ya iletir,
yanıtları Graph API ile gönderir. Chatwoot entegrasyonu devret.py içinde."""
from rasa.core.channels.channel import InputChannel


class WhatsAppGirdi(InputChannel):
    @classmethod
    def name(cls):
        return "whatsapp"

    @classmethod
    def from_credentials(cls, credentials):
        return cls(**(credentials or {}))

    def __init__(self, phone_number_id=None, access_token=None, verify_token=None):
        self.phone_number_id = phone_number_id
        self.access_token = access_token
        self.verify_token = verify_token
