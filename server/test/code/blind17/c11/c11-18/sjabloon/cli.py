import json
import os
from pathlib import Path

import requests
import typer
from mistralai import Mistral
from rich import print
from rich.prompt import Confirm

app = typer.Typer(help="WhatsApp-sjablonen voorschrijven en indienen")
PROMPT = (Path(__file__).parent.parent / "prompts" / "schrijver.txt").read_text(encoding="utf-8")


def _concept(onderwerp: str, categorie: str) -> dict:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    r = client.chat.complete(
        model="mistral-large-latest",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": f"Categorie: {categorie}\nOnderwerp: {onderwerp}"},
        ],
    )
    return json.loads(r.choices[0].message.content)


def _indienen(t: dict) -> dict:
    components = [{"type": "BODY", "text": t["body"], "example": {"body_text": [t["examples"]]}}]
    if t.get("header"):
        components.insert(0, {"type": "HEADER", "format": "TEXT", "text": t["header"]})
    r = requests.post(
        f"https://graph.facebook.com/v21.0/{os.environ['WABA_ID']}/message_templates",
        headers={"Authorization": f"Bearer {os.environ['META_TOKEN']}"},
        json={"name": t["name"], "category": t["category"], "language": t.get("language", "nl"), "components": components},
        timeout=20,
    )
    return r.json()


@app.command()
def nieuw(onderwerp: str, categorie: str = typer.Option("MARKETING", help="MARKETING of UTILITY")):
    """Laat een concept schrijven, toon het, en dien pas in na bevestiging."""
    t = _concept(onderwerp, categorie.upper())
    print(t)
    if Confirm.ask("Indienen bij Meta?", default=False):
        print(_indienen(t))


if __name__ == "__main__":
    app()
