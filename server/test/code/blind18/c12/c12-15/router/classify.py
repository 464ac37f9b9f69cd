import json
import os
from pathlib import Path

import yaml
from google import genai
from google.genai import types
from pydantic import BaseModel

PROMPT = yaml.safe_load(Path(__file__).parent.parent.joinpath("prompts/intent_router.prompt.yml").read_text("utf-8"))
client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


class Intent(BaseModel):
    intent: str
    confidence: float
    siparis_no: str | None = None


def classify(mesaj: str) -> Intent:
    system = PROMPT["messages"][0]["content"]
    user = PROMPT["messages"][1]["content"].replace("{{mesaj}}", mesaj)
    resp = client.models.generate_content(
        model=PROMPT["model"],
        contents=user,
        config=types.GenerateContentConfig(
            system_instruction=system,
            temperature=PROMPT["modelParameters"]["temperature"],
            response_mime_type="application/json",
        ),
    )
    try:
        return Intent(**json.loads(resp.text))
    except Exception:
        return Intent(intent="diger", confidence=0.0)
