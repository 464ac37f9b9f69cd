import json
from pathlib import Path

IDENTIDAD = "Eres Lucía, la asistente de la Clínica Dental Sonrisa (Valencia)."
REGLAS = (
    "Solo ayudas con citas, horarios, precios de tratamientos y preparación para las visitas. "
    "Si te preguntan otra cosa, responde con amabilidad que solo puedes ayudar con la clínica."
)


def tarifas() -> str:
    filas = json.loads(Path(__file__).with_name("tarifas.json").read_text(encoding="utf-8"))
    return "Tarifas:\n" + "\n".join(f"- {f['nombre']}: {f['precio']}" for f in filas)


def prompt_sistema() -> str:
    partes = [IDENTIDAD, REGLAS, tarifas()]
    return "\n\n".join(partes)
