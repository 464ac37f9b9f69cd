import json
import os
from pathlib import Path

from openai import OpenAI

from . import cbs

client = OpenAI()
SYSTEM_PROMPT = (Path(__file__).resolve().parent.parent / "prompts" / "system.md").read_text(encoding="utf-8")

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_loan_balance",
            "description": "Outstanding loan balance and next instalment for a verified member",
            "parameters": {
                "type": "object",
                "properties": {"member_no": {"type": "string"}, "id_last4": {"type": "string"}},
                "required": ["member_no", "id_last4"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_deposits",
            "description": "Total deposits and share capital for a verified member",
            "parameters": {
                "type": "object",
                "properties": {"member_no": {"type": "string"}, "id_last4": {"type": "string"}},
                "required": ["member_no", "id_last4"],
            },
        },
    },
]

_history: dict[str, list] = {}


def _run_tool(name: str, args: dict) -> dict:
    try:
        if name == "get_loan_balance":
            return cbs.loan_balance(args["member_no"], args["id_last4"])
        if name == "get_deposits":
            return cbs.deposits(args["member_no"], args["id_last4"])
    except Exception as exc:  # noqa: BLE001
        return {"error": str(exc)}
    return {"error": "unknown tool"}


def answer(wa_id: str, text: str) -> str:
    msgs = _history.setdefault(wa_id, [])
    msgs.append({"role": "user", "content": text})

    for _ in range(4):
        resp = client.chat.completions.create(
            model=os.getenv("OPENAI_MODEL", "gpt-4o-mini"),
            messages=[{"role": "system", "content": SYSTEM_PROMPT}, *msgs[-16:]],
            tools=TOOLS,
        )
        msg = resp.choices[0].message
        msgs.append(msg.model_dump(exclude_none=True))
        if not msg.tool_calls:
            return msg.content or ""
        for call in msg.tool_calls:
            result = _run_tool(call.function.name, json.loads(call.function.arguments))
            msgs.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    return "Sorry, something went wrong on our side. Please try again shortly."
