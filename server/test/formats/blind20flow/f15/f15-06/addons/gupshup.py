import os
from sanic import Blueprint, response
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
import requests


class GupshupOutput(OutputChannel):
    @classmethod
    def name(cls):
        return "gupshup"

    def __init__(self, api_key, app_name, source):
        self.api_key, self.app_name, self.source = api_key, app_name, source

    async def send_text_message(self, recipient_id, text, **kwargs):
        requests.post(
            "https://api.gupshup.io/wa/api/v1/msg",
            headers={"apikey": self.api_key},
            data={"channel": "whatsapp", "source": self.source, "destination": recipient_id,
                  "message": text, "src.name": self.app_name},
            timeout=6,
        )


class GupshupInput(InputChannel):
    @classmethod
    def name(cls):
        return "gupshup"

    @classmethod
    def from_credentials(cls, credentials):
        return cls(credentials["api_key"], credentials["app_name"], credentials["source_number"])

    def __init__(self, api_key, app_name, source):
        self.api_key, self.app_name, self.source = api_key, app_name, source

    def blueprint(self, on_new_message):
        bp = Blueprint("gupshup_webhook", __name__)

        @bp.route("/webhook", methods=["POST"])
        async def receive(request):
            p = request.json.get("payload", {})
            if request.json.get("type") != "message" or p.get("assigned_to_agent"):
                return response.text("skip")
            out = GupshupOutput(self.api_key, self.app_name, self.source)
            await on_new_message(UserMessage(p["payload"].get("text", ""), out, p["sender"]["phone"], input_channel=self.name()))
            return response.text("ok")

        return bp
