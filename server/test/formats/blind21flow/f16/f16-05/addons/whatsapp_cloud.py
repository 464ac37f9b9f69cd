"""Minimal WhatsApp Cloud API input channel for Rasa (webhook + send)."""
import hashlib
import hmac
from typing import Any, Awaitable, Callable, Dict, Optional, Text

import aiohttp
from sanic import Blueprint, response
from sanic.request import Request

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage

GRAPH = "https://graph.facebook.com/v21.0"


class WhatsAppCloudOutput(OutputChannel):
    @classmethod
    def name(cls) -> Text:
        return "whatsapp_cloud"

    def __init__(self, phone_number_id: Text, access_token: Text) -> None:
        self.phone_number_id = phone_number_id
        self.access_token = access_token

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        async with aiohttp.ClientSession() as s:
            await s.post(
                f"{GRAPH}/{self.phone_number_id}/messages",
                headers={"Authorization": f"Bearer {self.access_token}"},
                json={"messaging_product": "whatsapp", "to": recipient_id, "type": "text", "text": {"body": text}},
            )


class WhatsAppCloudInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "whatsapp_cloud"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(**credentials)

    def __init__(self, phone_number_id, access_token, verify_token, app_secret) -> None:
        self.phone_number_id = phone_number_id
        self.access_token = access_token
        self.verify_token = verify_token
        self.app_secret = app_secret

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("whatsapp_cloud_webhook", __name__)

        @bp.route("/webhook", methods=["GET"])
        async def verify(request: Request):
            if request.args.get("hub.verify_token") == self.verify_token:
                return response.text(request.args.get("hub.challenge"))
            return response.text("forbidden", status=403)

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            sig = request.headers.get("X-Hub-Signature-256", "")[7:]
            digest = hmac.new(self.app_secret.encode(), request.body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(sig, digest):
                return response.text("bad signature", status=401)
            for entry in request.json.get("entry", []):
                for change in entry.get("changes", []):
                    for msg in change["value"].get("messages", []):
                        if msg.get("type") != "text":
                            continue
                        out = WhatsAppCloudOutput(self.phone_number_id, self.access_token)
                        await on_new_message(UserMessage(msg["text"]["body"], out, msg["from"], input_channel=self.name()))
            return response.text("ok")

        return bp
