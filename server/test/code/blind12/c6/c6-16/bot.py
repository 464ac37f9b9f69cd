import os

import requests
from dotenv import load_dotenv
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from whatsapp_chatbot_python import GreenAPIBot, Notification

from sistem_mesaji import SISTEM

load_dotenv()

bot = GreenAPIBot(os.environ["GREEN_ID_INSTANCE"], os.environ["GREEN_API_TOKEN"])
prompt = ChatPromptTemplate.from_messages([("system", SISTEM), ("human", "{mesaj}")])
chain = prompt | ChatOpenAI(model="gpt-4o-mini", temperature=0.2)
ORDER_API = os.getenv("ORDER_API", "https://api.kargopazar.com.tr/internal")


def siparis_bilgisi(telefon: str) -> str:
    r = requests.get(f"{ORDER_API}/orders", params={"phone": telefon, "limit": 3}, timeout=10)
    if r.status_code != 200:
        return "(sipariş bulunamadı)"
    return "\n".join(f"{o['id']} | {o['status']} | {o.get('tracking', '-')}" for o in r.json())


@bot.router.message(type_message=["textMessage", "extendedTextMessage"])
def mesaj_geldi(notification: Notification) -> None:
    chat_id = notification.chat
    if chat_id.endswith("@g.us"):
        return
    metin = notification.message_text
    telefon = chat_id.split("@")[0]
    cevap = chain.invoke({"mesaj": metin, "siparis": siparis_bilgisi(telefon)})
    notification.answer(cevap.content)


bot.run_forever()
