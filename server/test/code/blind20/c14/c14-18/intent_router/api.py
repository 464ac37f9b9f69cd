from fastapi import FastAPI
from pydantic import BaseModel

from .classifier import classificeer

app = FastAPI(title="polder-intent-router", docs_url=None)

WACHTRIJ = {
    "storing": "Q_STORING",
    "betalingsregeling": "Q_INCASSO",
    "wil_mens_spreken": "Q_ALGEMEEN_PRIO",
    "opzeggen": "Q_RETENTIE",
}


class In(BaseModel):
    message_sid: str
    body: str


@app.post("/classify")
def classify(inp: In):
    c = classificeer(inp.body)
    return {"message_sid": inp.message_sid, "queue": WACHTRIJ.get(c.categorie, "Q_ALGEMEEN"), **c.model_dump()}
