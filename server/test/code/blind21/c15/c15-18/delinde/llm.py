import json
import os
from pathlib import Path

import requests
from groq import Groq

SYSTEEM = (Path(__file__).parent / "prompts" / "systeem.txt").read_text(encoding="utf-8")
client = Groq()

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "meld_reparatie",
            "description": "Dient een reparatieverzoek in bij de afdeling Onderhoud",
            "parameters": {
                "type": "object",
                "properties": {
                    "adres": {"type": "string"},
                    "omschrijving": {"type": "string"},
                    "ruimte": {"type": "string"},
                },
                "required": ["adres", "omschrijving"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "status_melding",
            "description": "Zoekt de status van een melding op",
            "parameters": {"type": "object", "properties": {"meldnummer": {"type": "string"}}, "required": ["meldnummer"]},
        },
    },
]


def _tool(name: str, args: dict, telefoon: str) -> dict:
    base = os.environ["REPARATIE_API"]
    h = {"X-Api-Key": os.environ["REPARATIE_API_KEY"]}
    if name == "meld_reparatie":
        return requests.post(base, json={**args, "telefoon": telefoon, "kanaal": "whatsapp"}, headers=h, timeout=10).json()
    if name == "status_melding":
        return requests.get(f"{base}/{args['meldnummer']}", headers=h, timeout=10).json()
    return {"fout": "onbekend"}


def antwoord(telefoon: str, geschiedenis: list[dict]) -> str:
    msgs = [{"role": "system", "content": SYSTEEM}, *geschiedenis[-12:]]
    for _ in range(4):
        r = client.chat.completions.create(
            model=os.getenv("GROQ_MODEL", "llama-3.3-70b-versatile"), messages=msgs, tools=TOOLS, temperature=0.2
        )
        m = r.choices[0].message
        if not m.tool_calls:
            return m.content or ""
        msgs.append(m.model_dump(exclude_none=True))
        for c in m.tool_calls:
            msgs.append(
                {"role": "tool", "tool_call_id": c.id, "content": json.dumps(_tool(c.function.name, json.loads(c.function.arguments), telefoon))}
            )
    return ""
