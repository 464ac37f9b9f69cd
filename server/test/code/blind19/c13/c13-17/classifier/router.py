"""Twilio webhook: classify, then enqueue to the right team's queue in our CRM. No LLM text goes to the customer."""
from fastapi import FastAPI, Form

from .classify import classify

app = FastAPI()
QUEUES = {"DON_HANG": "cskh-donhang", "TU_VAN_THUOC": "duoc-si", "CUA_HANG": "cskh-chung",
          "KHIEU_NAI": "quan-ly", "KHAC": "cskh-chung"}


@app.post("/twilio/inbound")
async def inbound(From: str = Form(...), Body: str = Form("")):
    label = classify(Body)
    # crm.enqueue(queue=QUEUES[label["intent"]], wa_from=From, text=Body)
    return {"queue": QUEUES[label["intent"]], **label}
