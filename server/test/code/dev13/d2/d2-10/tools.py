import logging

log = logging.getLogger("tools")

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "transfer_to_human",
            "description": "Hand the chat to a member of staff",
            "parameters": {"type": "object", "properties": {"reason": {"type": "string"}}},
        },
    }
]


def transfer_to_human(reason: str) -> str:
    """Planned: open a ticket for the reception team."""
    log.info("handoff requested: %s", reason)
    return "ok"
