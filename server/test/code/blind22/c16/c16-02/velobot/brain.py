import json
from datetime import datetime

import anthropic

from . import config, zendesk
from .store import Chat

client = anthropic.Anthropic()
SYSTEM = config.load_system_prompt()

TOOLS = [
    {
        "name": "verfuegbarkeit_pruefen",
        "description": "Prüft, ob ein Radtyp an einem Datum verfügbar ist.",
        "input_schema": {
            "type": "object",
            "properties": {
                "radtyp": {"type": "string", "enum": ["trekking", "emtb", "lastenrad"]},
                "datum": {"type": "string", "description": "YYYY-MM-DD"},
            },
            "required": ["radtyp", "datum"],
        },
    },
    {
        "name": "an_team_uebergeben",
        "description": "Übergibt das Gespräch an das Radwerk-Team (Zendesk). Danach antwortet ein Mitarbeiter.",
        "input_schema": {
            "type": "object",
            "properties": {"grund": {"type": "string"}},
            "required": ["grund"],
        },
    },
]


def _verfuegbar(radtyp: str, datum: str) -> dict:
    # TODO: an Rentsoft anbinden, bis dahin grobe Bestandsliste
    bestand = {"trekking": 14, "emtb": 6, "lastenrad": 2}
    return {"radtyp": radtyp, "datum": datum, "frei": bestand.get(radtyp, 0) > 0}


def antworte(chat: Chat, text: str, name: str) -> str:
    history = json.loads(chat.history)
    history.append({"role": "user", "content": text})

    for _ in range(4):
        msg = client.messages.create(
            model=config.CLAUDE_MODEL, max_tokens=600, system=SYSTEM, tools=TOOLS, messages=history
        )
        history.append({"role": "assistant", "content": [b.model_dump() for b in msg.content]})
        if msg.stop_reason != "tool_use":
            break
        results = []
        for block in msg.content:
            if block.type != "tool_use":
                continue
            if block.name == "verfuegbarkeit_pruefen":
                out = _verfuegbar(**block.input)
            else:
                transcript = "\n".join(
                    f"{m['role']}: {m['content'] if isinstance(m['content'], str) else '[…]'}" for m in history
                )
                ticket = zendesk.create_ticket(chat.wa_id, name, block.input["grund"], transcript)
                chat.human_mode = True
                chat.human_since = datetime.utcnow()
                chat.zendesk_ticket = ticket
                out = {"ticket": ticket, "status": "übergeben"}
            results.append({"type": "tool_result", "tool_use_id": block.id, "content": json.dumps(out)})
        history.append({"role": "user", "content": results})

    chat.history = json.dumps(history[-16:], ensure_ascii=False)
    answer = "".join(b.text for b in msg.content if b.type == "text").strip()
    if chat.human_mode:
        answer += f"\n\nIhr Anliegen liegt jetzt beim Team (Ticket #{chat.zendesk_ticket}). Wir melden uns hier im Chat."
    return answer
