import json

from fastapi import FastAPI, Request
from openai import AsyncOpenAI

from .settings import settings
from .wati import assign_operator, send_session_message

app = FastAPI()
client = AsyncOpenAI()
last_response: dict[str, str] = {}

TOOLS = [
    {
        "type": "function",
        "name": "escalate_to_agent",
        "description": "Hand this WhatsApp chat to a human on the Shieldwell claims desk.",
        "parameters": {
            "type": "object",
            "properties": {"reason": {"type": "string"}},
            "required": ["reason"],
            "additionalProperties": False,
        },
        "strict": True,
    }
]


@app.post("/wati/webhook")
async def wati_webhook(req: Request):
    evt = await req.json()
    if evt.get("eventType") != "message" or evt.get("owner") or evt.get("type") != "text":
        return {"ok": True}
    wa_number, text = evt["waId"], evt["text"]

    resp = await client.responses.create(
        model=settings.model,
        instructions=settings.instructions,
        input=text,
        tools=TOOLS,
        previous_response_id=last_response.get(wa_number),
    )
    last_response[wa_number] = resp.id

    for item in resp.output:
        if item.type == "function_call" and item.name == "escalate_to_agent":
            reason = json.loads(item.arguments).get("reason", "")
            await assign_operator(wa_number)
            await send_session_message(wa_number, "I've passed you to our claims desk. A consultant will reply here shortly (Mon–Fri 08:00–17:00).")
            last_response.pop(wa_number, None)
            return {"ok": True, "escalated": reason}

    await send_session_message(wa_number, resp.output_text)
    return {"ok": True}
