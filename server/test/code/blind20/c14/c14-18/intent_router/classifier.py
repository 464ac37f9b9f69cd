"""Classificeert WhatsApp-berichten naar wachtrijen. Wordt aangeroepen door de
contact-center-service (die de Twilio-webhook ontvangt en tickets aanmaakt).
Dit component stuurt zelf nooit iets naar de klant."""
import json
import os
from pathlib import Path

import requests
from pydantic import BaseModel, ValidationError

PROMPT = (Path(__file__).parent.parent / "prompts" / "classificatie.nl.md").read_text(encoding="utf-8")
API_URL = os.getenv("OPENAI_BASE_URL", "https://api.openai.com/v1") + "/chat/completions"
MODEL = os.getenv("CLASSIFIER_MODEL", "gpt-4o-mini")

CATEGORIEEN = {
    "meterstand", "termijnbedrag", "jaarnota", "verhuizing", "storing",
    "betalingsregeling", "opzeggen", "wil_mens_spreken", "overig",
}


class Classificatie(BaseModel):
    categorie: str
    urgentie: str
    taal: str
    samenvatting: str


def classificeer(bericht: str) -> Classificatie:
    resp = requests.post(
        API_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": MODEL,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": PROMPT},
                {"role": "user", "content": bericht[:2000]},
            ],
        },
        timeout=15,
    )
    resp.raise_for_status()
    raw = resp.json()["choices"][0]["message"]["content"]
    try:
        c = Classificatie(**json.loads(raw))
    except (json.JSONDecodeError, ValidationError):
        return Classificatie(categorie="overig", urgentie="normaal", taal="nl", samenvatting="onleesbare classificatie")
    if c.categorie not in CATEGORIEEN:
        c.categorie = "overig"
    return c
