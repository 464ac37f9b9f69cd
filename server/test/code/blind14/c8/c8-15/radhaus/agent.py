from datetime import date
from pydantic_ai import Agent, RunContext
from pydantic_ai.messages import ModelMessage

from .texte import SYSTEM_PROMPT

FLOTTE = {"city": 18, "lastenrad": 4, "trekking": 10}
_reservierungen: list[dict] = []
_verlauf: dict[str, list[ModelMessage]] = {}

agent = Agent("openai:gpt-4o-mini", system_prompt=SYSTEM_PROMPT, deps_type=str)


@agent.tool
def verfuegbarkeit(ctx: RunContext[str], radtyp: str, tag: date) -> int:
    """Anzahl freier Räder eines Typs (city, lastenrad, trekking) an einem Tag."""
    belegt = sum(1 for r in _reservierungen if r["typ"] == radtyp and r["tag"] == tag)
    return FLOTTE.get(radtyp, 0) - belegt


@agent.tool
def reservieren(ctx: RunContext[str], radtyp: str, tag: date, name: str) -> str:
    """Legt eine Reservierung für den Kunden an."""
    _reservierungen.append({"typ": radtyp, "tag": tag, "name": name, "tel": ctx.deps})
    return f"Reserviert: {radtyp} am {tag:%d.%m.%Y} für {name}."


def antworten(telefon: str, text: str) -> str:
    result = agent.run_sync(text, deps=telefon, message_history=_verlauf.get(telefon))
    _verlauf[telefon] = result.all_messages()[-20:]
    return result.data
