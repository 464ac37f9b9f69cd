"""WhatsApp 智能助手 —— 基于 Green API 轮询接收消息"""
import os
import time

import requests
from dotenv import load_dotenv

load_dotenv()
import llm  # noqa: E402

ID = os.environ["GREEN_ID_INSTANCE"]
TOKEN = os.environ["GREEN_API_TOKEN"]
API = f"https://api.green-api.com/waInstance{ID}"


def send_message(chat_id: str, text: str) -> None:
    requests.post(f"{API}/sendMessage/{TOKEN}", json={"chatId": chat_id, "message": text}, timeout=30)


def poll() -> None:
    while True:
        resp = requests.get(f"{API}/receiveNotification/{TOKEN}", timeout=30)
        data = resp.json() if resp.content else None
        if not data:
            time.sleep(1)
            continue

        receipt_id = data["receiptId"]
        body = data["body"]
        try:
            if body.get("typeWebhook") == "incomingMessageReceived":
                md = body["messageData"]
                chat_id = body["senderData"]["chatId"]
                if md["typeMessage"] == "textMessage" and not chat_id.endswith("@g.us"):
                    text = md["textMessageData"]["textMessage"]
                    if text.strip() == "/清空":
                        llm.sessions.pop(chat_id, None)
                        send_message(chat_id, "已清空对话记录～")
                    else:
                        send_message(chat_id, llm.chat(chat_id, text))
        finally:
            requests.delete(f"{API}/deleteNotification/{TOKEN}/{receipt_id}", timeout=30)


if __name__ == "__main__":
    print("Green API 机器人已启动")
    poll()
