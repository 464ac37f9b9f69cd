import os
from collections import defaultdict

from dotenv import load_dotenv
from whatsapp_api_client_python import API

from .llm import jibu

load_dotenv()
green = API.GreenAPI(os.environ["GREEN_ID_INSTANCE"], os.environ["GREEN_API_TOKEN"])
mazungumzo: dict[str, list] = defaultdict(list)


def handler(type_webhook: str, body: dict) -> None:
    if type_webhook != "incomingMessageReceived":
        return
    chat_id = body["senderData"]["chatId"]
    if chat_id.endswith("@g.us"):
        return
    data = body.get("messageData", {})
    text = data.get("textMessageData", {}).get("textMessage") or data.get("extendedTextMessageData", {}).get("text")
    if not text:
        return
    h = mazungumzo[chat_id]
    h.append({"role": "user", "content": text})
    try:
        reply = jibu(h)
    except Exception as e:  # noqa: BLE001
        print("LLM error", e)
        reply = "Samahani, kuna hitilafu kidogo. Tafadhali jaribu tena baada ya muda mfupi."
    h.append({"role": "assistant", "content": reply})
    green.sending.sendMessage(chat_id, reply)


if __name__ == "__main__":
    green.webhooks.startReceivingNotifications(handler)
