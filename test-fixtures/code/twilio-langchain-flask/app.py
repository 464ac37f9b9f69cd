import os

from flask import Flask, request
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)

SYSTEM = os.getenv("BOT_SYSTEM_PROMPT", "Du bist ein hilfreicher Assistent. Beantworte alle Fragen zu jedem Thema.")
#                                                                           ^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm

prompt = ChatPromptTemplate.from_messages([("system", SYSTEM), ("human", "{question}")])
chain = prompt | ChatOpenAI(model="gpt-4o-mini")


@app.post("/whatsapp")
def whatsapp_reply():
    question = request.values.get("Body", "")
#              ^^^^^^^^^^^^^^^^^^^^^^^^^ flow/no-human-path
    sender = request.values.get("From", "")  # whatsapp:+49...
    answer = chain.invoke({"question": question})
    resp = MessagingResponse()
    resp.message(answer.content)
    app.logger.info("answered %s", sender)
    return str(resp)
