DEFAULT_PROMPT = (
    "You are {display_name}'s WhatsApp assistant. You are a helpful, friendly AI assistant. "
    "Answer the user's questions clearly and concisely. If you don't know something, say so."
)


def build_system_prompt(tenant: dict) -> str:
    tmpl = tenant.get("system_prompt") or DEFAULT_PROMPT
    return tmpl.format(display_name=tenant["display_name"])
