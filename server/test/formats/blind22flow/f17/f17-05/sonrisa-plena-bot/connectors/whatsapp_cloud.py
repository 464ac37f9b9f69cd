import hashlib, hmac, logging
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

    def __init__(self, token: Text, phone_number_id: Text) -> None:
        self.token, self.pnid = token, phone_number_id

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        async with aiohttp.ClientSession() as s:
            await s.post(f"{GRAPH}/{self.pnid}/messages", headers={"Authorization": f"Bearer {self.token}"},
                         json={"messaging_product": "whatsapp", "to": recipient_id, "type": "text", "text": {"body": text}})


class WhatsAppCloudInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "whatsapp_cloud"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(credentials["verify_token"], credentials["access_token"], credentials["phone_number_id"], credentials["app_secret"])

    def __init__(self, verify_token, access_token, phone_number_id, app_secret) -> None:
        self.verify_token, self.access_token, self.pnid, self.secret = verify_token, access_token, phone_number_id, app_secret

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("whatsapp_cloud_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def verify(request: Request):
            if request.args.get("hub.verify_token") == self.verify_token:
                return response.text(request.args.get("hub.challenge"))
            return response.text("forbidden", status=403)

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            sig = request.headers.get("X-Hub-Signature-256", "")[7:]
            if not hmac.compare_digest(sig, hmac.new(self.secret.encode(), request.body, hashlib.sha256).hexdigest()):
                return response.text("bad signature", status=401)
            value = request.json["entry"][0]["changes"][0]["value"]
            for m in value.get("messages", []):
                text = m.get("text", {}).get("body") or m.get("interactive", {}).get("button_reply", {}).get("id")
                if text:
                    await on_new_message(UserMessage(text, WhatsAppCloudOutput(self.access_token, self.pnid), m["from"], input_channel=self.name()))
            return response.text("ok")

        return bp
