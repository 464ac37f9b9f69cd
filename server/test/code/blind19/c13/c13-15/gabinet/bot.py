import os
from pathlib import Path

from dotenv import load_dotenv
from google import genai
from google.genai import types
from whatsapp_api_client_python import API

load_dotenv()

SYSTEM = (Path(__file__).with_name("prompt_systemowy.md")).read_text(encoding="utf-8")
gemini = genai.Client(api_key=os.environ["GOOGLE_API_KEY"])
greenAPI = API.GreenAPI(os.environ["GREEN_API_ID_INSTANCE"], os.environ["GREEN_API_TOKEN_INSTANCE"])
sesje: dict[str, object] = {}


def handler(type_webhook: str, body: dict) -> None:
    if type_webhook != "incomingMessageReceived":
        return
    chat_id = body["senderData"]["chatId"]
    if chat_id.endswith("@g.us"):
        return
    tekst = body["messageData"].get("textMessageData", {}).get("textMessage")
    if not tekst:
        return

    chat = sesje.get(chat_id) or gemini.chats.create(
        model="gemini-2.0-flash",
        config=types.GenerateContentConfig(system_instruction=SYSTEM, temperature=0.3),
    )
    sesje[chat_id] = chat
    odp = chat.send_message(tekst)
    greenAPI.sending.sendMessage(chat_id, odp.text)


if __name__ == "__main__":
    greenAPI.webhooks.startReceivingNotifications(handler)
