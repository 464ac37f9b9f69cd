import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request

logger = logging.getLogger(__name__)
GRAPH = "https://graph.facebook.com/v21.0"


class WhatsAppCloudOutput(OutputChannel):
    @classmethod
    def name(cls) -> Text:
        return "whatsapp_cloud"

    def __init__(self, phone_number_id: Text, token: Text) -> None:
        self.phone_number_id = phone_number_id
        self.token = token

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        async with aiohttp.ClientSession() as s:
            await s.post(
                f"{GRAPH}/{self.phone_number_id}/messages",
                headers={"Authorization": f"Bearer {self.token}"},
                json={"messaging_product": "whatsapp", "to": recipient_id, "type": "text", "text": {"body": text}},
            )


class WhatsAppCloudInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "whatsapp_cloud"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(credentials["phone_number_id"], credentials["access_token"], credentials["verify_token"])

    def __init__(self, phone_number_id: Text, token: Text, verify_token: Text) -> None:
        self.phone_number_id = phone_number_id
        self.token = token
        self.verify_token = verify_token

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("whatsapp_cloud_webhook", __name__)

        @bp.route("/webhook", methods=["GET"])
        async def verify(request: Request):
            if request.args.get("hub.verify_token") == self.verify_token:
                return response.text(request.args.get("hub.challenge"))
            return response.text("forbidden", status=403)

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            value = request.json["entry"][0]["changes"][0]["value"]
            for m in value.get("messages", []):
                if m.get("type") != "text":
                    continue
                out = WhatsAppCloudOutput(self.phone_number_id, self.token)
                await on_new_message(UserMessage(m["text"]["body"], out, m["from"], input_channel=self.name()))
            return response.json({"status": "ok"})

        return bp
