import datetime as dt
import os
from pathlib import Path

from flask import Flask, request
from heyoo import WhatsApp
from jinja2 import Template
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from langgraph.prebuilt import create_react_agent

from .tools import R, make_tools

BETRIEB = {"name": "Speichenwerk Fahrräder", "ort": "Leipzig-Plagwitz", "oeffnungszeiten": "Di–Fr 10–19 Uhr, Sa 10–15 Uhr"}
PREISE = {"inspektion": 69, "bremsen": 35, "ebike": 89}
TEMPLATE = Template((Path(__file__).parent / "prompts" / "system.jinja").read_text(encoding="utf-8"))

app = Flask(__name__)
wa = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_NUMBER_ID"])
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)
verlauf: dict[str, list] = {}


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.environ["WA_VERIFY_TOKEN"]:
        return request.args.get("hub.challenge")
    return "nope", 403


@app.post("/webhook")
def inbound():
    data = request.get_json()
    if wa.get_mobile(data) is None or wa.get_message_type(data) != "text":
        return "ok"
    tel, text = wa.get_mobile(data), wa.get_message(data)
    if R.get(f"mensch:{tel}"):
        return "ok"  # Mitarbeiter übernimmt im Zendesk-Agent-Workspace

    system = TEMPLATE.render(betrieb=BETRIEB, preise=PREISE, heute=dt.date.today().isoformat())
    agent = create_react_agent(llm, make_tools(tel))
    hist = verlauf.setdefault(tel, [])
    hist.append(HumanMessage(text))
    result = agent.invoke({"messages": [SystemMessage(system), *hist[-12:]]})
    antwort = result["messages"][-1].content
    hist.append(result["messages"][-1])
    if R.get(f"mensch:{tel}"):
        antwort = "Alles klar, ich hab dich an unser Werkstatt-Team übergeben – jemand schreibt dir gleich hier."
    wa.send_message(antwort, tel)
    return "ok"
