import json
import os

from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from .prompt import CLASSIFIER_PROMPT

_llm = ChatOpenAI(model=os.getenv("ROUTER_MODEL", "gpt-4o-mini"), temperature=0).bind(
    response_format={"type": "json_object"}
)

INTENTS = {
    "track_shipment", "reschedule_delivery", "pickup_request", "cod_refund",
    "complaint", "human_agent", "greeting", "other",
}


class Classification(BaseModel):
    intent: str
    awb: str | None = None
    lang: str = "en"
    urgency: str = "low"


def classify(text: str) -> Classification:
    raw = _llm.invoke([SystemMessage(CLASSIFIER_PROMPT), HumanMessage(text)]).content
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return Classification(intent="other")
    if data.get("intent") not in INTENTS:
        data["intent"] = "other"
    return Classification(**data)
