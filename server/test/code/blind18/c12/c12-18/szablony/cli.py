import json
import os
from pathlib import Path

import anthropic
import httpx
import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="Szkice szablonów WhatsApp dla OkoVita")
console = Console()
PROMPT = (Path(__file__).parent / "prompts" / "szkic.md").read_text(encoding="utf-8")


@app.command()
def szkic(
    cel: str = typer.Option(..., help="Cel wiadomości, np. 'przypomnienie o wizycie'"),
    kategoria: str = typer.Option("UTILITY", help="UTILITY albo MARKETING"),
    zglos: int = typer.Option(0, help="Numer wariantu (1-3) do zgłoszenia w Meta; 0 = nie zgłaszaj"),
):
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1500,
        system=PROMPT,
        messages=[{"role": "user", "content": f"Kategoria: {kategoria}\nCel: {cel}"}],
    )
    warianty = json.loads(msg.content[0].text)

    t = Table("#", "nazwa", "treść", "stopka")
    for i, w in enumerate(warianty, 1):
        t.add_row(str(i), w["nazwa"], w["tresc"], w.get("stopka", ""))
    console.print(t)

    if zglos:
        w = warianty[zglos - 1]
        r = httpx.post(
            f"https://graph.facebook.com/v21.0/{os.environ['WABA_ID']}/message_templates",
            headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"},
            json={
                "name": w["nazwa"],
                "language": "pl",
                "category": kategoria,
                "components": [
                    {"type": "BODY", "text": w["tresc"]},
                    {"type": "FOOTER", "text": w.get("stopka", "OkoVita")},
                ],
            },
        )
        console.print(r.json())


if __name__ == "__main__":
    app()
