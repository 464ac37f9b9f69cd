DEFAULT_SYSTEM_PROMPT = (
    "You are a helpful AI assistant on WhatsApp. Answer the user's questions clearly and concisely. "
    "Be polite, use short paragraphs, and match the user's language."
)


def system_prompt_for(tenant: dict) -> str:
    custom = (tenant.get("system_prompt") or "").strip()
    if custom:
        return custom + "\n\nKeep replies short; this is WhatsApp."
    return DEFAULT_SYSTEM_PROMPT
