import json
import os
from pathlib import Path

from openai import OpenAI

from .handoff import derivar_a_agente
from .inmuebles import buscar_inmuebles

client = OpenAI()
MODEL = os.getenv("OPENAI_MODEL", "gpt-4o-mini")
SYSTEM_PROMPT = (Path(__file__).parent.parent / "prompts" / "asistente_turia.txt").read_text(encoding="utf-8")

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "buscar_inmuebles",
            "description": "Busca inmuebles de la cartera de Inmobiliaria Turia",
            "parameters": {
                "type": "object",
                "properties": {
                    "operacion": {"type": "string", "enum": ["venta", "alquiler"]},
                    "zona": {"type": "string"},
                    "presupuesto_max": {"type": "integer"},
                    "habitaciones_min": {"type": "integer"},
                },
                "required": ["operacion"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "derivar_a_agente",
            "description": "Pasa el cliente al equipo comercial",
            "parameters": {
                "type": "object",
                "properties": {"resumen": {"type": "string"}},
                "required": ["resumen"],
            },
        },
    },
]

_conversaciones: dict[str, list[dict]] = {}


def responder(telefono: str, texto: str) -> str:
    hist = _conversaciones.setdefault(telefono, [])
    hist.append({"role": "user", "content": texto})
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, *hist[-14:]]

    for _ in range(4):
        resp = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS, temperature=0.3)
        msg = resp.choices[0].message
        if not msg.tool_calls:
            hist.append({"role": "assistant", "content": msg.content})
            return msg.content
        messages.append(msg)
        for call in msg.tool_calls:
            args = json.loads(call.function.arguments or "{}")
            if call.function.name == "buscar_inmuebles":
                out = buscar_inmuebles(**args)
            else:
                out = derivar_a_agente(telefono, args.get("resumen", ""))
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(out, ensure_ascii=False)})
    return "Perdona, ahora mismo no puedo responder. ¿Me lo repites en un momento?"
