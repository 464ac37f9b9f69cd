import json
from pathlib import Path

from openai import OpenAI

from .zendesk import consultar_caso, crear_ticket_asesor

client = OpenAI()
SYSTEM = (Path(__file__).parent.parent / "prompts" / "asistente_seguros.md").read_text(encoding="utf-8")

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "consultar_caso",
            "description": "Estado de una cotización o siniestro por número de radicado",
            "parameters": {"type": "object", "properties": {"numero": {"type": "string"}}, "required": ["numero"]},
        },
    },
    {
        "type": "function",
        "function": {
            "name": "escalar_a_asesor",
            "description": "Pasa la conversación a un asesor humano de la agencia",
            "parameters": {"type": "object", "properties": {"resumen": {"type": "string"}}, "required": ["resumen"]},
        },
    },
]

_historial: dict[str, list] = {}


def responder(telefono: str, texto: str) -> str:
    h = _historial.setdefault(telefono, [])
    h.append({"role": "user", "content": texto})
    for _ in range(4):
        r = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": SYSTEM}, *h[-16:]],
            tools=TOOLS,
            temperature=0.3,
        )
        msg = r.choices[0].message
        h.append(msg.model_dump(exclude_none=True))
        if not msg.tool_calls:
            return msg.content or ""
        for call in msg.tool_calls:
            args = json.loads(call.function.arguments or "{}")
            if call.function.name == "consultar_caso":
                out = consultar_caso(args["numero"])
            else:
                out = crear_ticket_asesor(telefono, args["resumen"])
            h.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(out)})
    return "Disculpa, tuve un problema. ¿Me repites tu consulta?"
