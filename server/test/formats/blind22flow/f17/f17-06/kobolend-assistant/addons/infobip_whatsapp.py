"""Minimal Infobip WhatsApp channel for Rasa (inbound webhook + outbound text)."""
from typing import Any, Awaitable, Callable, Dict, Optional, Text

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response


class InfobipWhatsAppOutput(OutputChannel):
    @classmethod
    def name(cls) -> Text:
        return "infobip_whatsapp"

    def __init__(self, base_url: Text, api_key: Text, sender: Text) -> None:
        self.base_url, self.api_key, self.sender = base_url, api_key, sender

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        async with aiohttp.ClientSession() as s:
            await s.post(
                f"{self.base_url}/whatsapp/1/message/text",
                headers={"Authorization": f"App {self.api_key}"},
                json={"from": self.sender, "to": recipient_id, "content": {"text": text}},
            )


class InfobipWhatsAppInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "infobip_whatsapp"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(credentials["base_url"], credentials["api_key"], credentials["sender"])

    def __init__(self, base_url: Text, api_key: Text, sender: Text) -> None:
        self.base_url, self.api_key, self.sender = base_url, api_key, sender

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("infobip_whatsapp_webhook", __name__)

        @bp.route("/webhook", methods=["POST"])
        async def receive(request):
            out = InfobipWhatsAppOutput(self.base_url, self.api_key, self.sender)
            for r in request.json.get("results", []):
                msg = r.get("message", {})
                if msg.get("type") == "TEXT":
                    await on_new_message(UserMessage(msg["text"], out, r["from"], input_channel=self.name()))
            return response.json({"status": "ok"})

        return bp
