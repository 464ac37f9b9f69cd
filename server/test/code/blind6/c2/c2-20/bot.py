import os

from whatsapp_api_client_python import API

from llm import discuter

greenAPI = API.GreenAPI(os.environ["ID_INSTANCE"], os.environ["API_TOKEN_INSTANCE"])


def handler(type_webhook: str, body: dict) -> None:
    if type_webhook != "incomingMessageReceived":
        return
    sender = body["senderData"]
    chat_id = sender["chatId"]
    if chat_id.endswith("@g.us"):
        return

    data = body["messageData"]
    if data["typeMessage"] == "textMessage":
        texte = data["textMessageData"]["textMessage"]
    elif data["typeMessage"] == "extendedTextMessage":
        texte = data["extendedTextMessageData"]["text"]
    else:
        return

    reponse = discuter(chat_id, sender.get("senderName") or "toi", texte)
    greenAPI.sending.sendMessage(chat_id, reponse)


if __name__ == "__main__":
    greenAPI.webhooks.startReceivingNotifications(handler)
