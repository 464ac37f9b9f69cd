import os
from collections import defaultdict

import anthropic
from fastapi import FastAPI, Form, Response
from twilio.twiml.messaging_response import MessagingResponse

from .chatwoot import derivar
from .prompt import SYSTEM_PROMPT

app = FastAPI()
claude = anthropic.AsyncAnthropic()
historial: dict[str, list] = defaultdict(list)
derivados: set[str] = set()

TOOLS = [
    {
        "name": "reservar_clase",
        "description": "Reserva o cancela un lugar en una clase con cupo",
        "input_schema": {
            "type": "object",
            "properties": {
                "accion": {"type": "string", "enum": ["reservar", "cancelar"]},
                "clase": {"type": "string"},
                "fecha_hora": {"type": "string"},
                "dni": {"type": "string"},
            },
            "required": ["accion", "clase", "fecha_hora", "dni"],
        },
    },
    {
        "name": "derivar_a_recepcion",
        "description": "Abre la conversación para el equipo de Recepción (personas) en Chatwoot",
        "input_schema": {
            "type": "object",
            "properties": {"resumen": {"type": "string"}},
            "required": ["resumen"],
        },
    },
]


async def run_tool(name: str, args: dict, phone: str) -> str:
    if name == "derivar_a_recepcion":
        conv_id = await derivar(phone, args["resumen"])
        derivados.add(phone)
        return f"Derivado (conversación {conv_id})."
    if name == "reservar_clase":
        # integración con el sistema de turnos (ver sistema_turnos.py en el repo del backoffice)
        return "Reserva confirmada."
    return "desconocida"


@app.post("/twilio/whatsapp")
async def whatsapp(From: str = Form(...), Body: str = Form("")):
    phone = From.replace("whatsapp:", "")
    twiml = MessagingResponse()
    if phone in derivados:
        return Response(str(twiml), media_type="application/xml")  # Recepción responde desde Chatwoot

    msgs = historial[phone]
    msgs.append({"role": "user", "content": Body})
    for _ in range(4):
        r = await claude.messages.create(
            model="claude-3-5-sonnet-latest", max_tokens=500, system=SYSTEM_PROMPT, tools=TOOLS, messages=msgs
        )
        msgs.append({"role": "assistant", "content": r.content})
        if r.stop_reason != "tool_use":
            break
        results = []
        for b in r.content:
            if b.type == "tool_use":
                results.append({"type": "tool_result", "tool_use_id": b.id, "content": await run_tool(b.name, b.input, phone)})
        msgs.append({"role": "user", "content": results})

    texto = "".join(b.text for b in r.content if b.type == "text")
    twiml.message(texto or "Perdón, no te entendí. ¿Me lo repetís?")
    historial[phone] = msgs[-16:]
    return Response(str(twiml), media_type="application/xml")
