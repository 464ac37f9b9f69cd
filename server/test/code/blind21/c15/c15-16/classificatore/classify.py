import json

import anthropic

from .prompt import PROMPT_CLASSIFICATORE

_client = anthropic.Anthropic()
CATEGORIE = {"ordine", "prenotazione", "allergeni", "reclamo", "lavoro", "altro"}


def classifica(testo: str) -> dict:
    msg = _client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=150,
        temperature=0,
        system=PROMPT_CLASSIFICATORE,
        messages=[{"role": "user", "content": testo[:2000]}],
    )
    try:
        out = json.loads(msg.content[0].text)
    except (json.JSONDecodeError, IndexError):
        return {"categoria": "altro", "sede": None, "urgente": False, "motivo": "parse_error"}
    if out.get("categoria") not in CATEGORIE:
        out["categoria"] = "altro"
    return out
