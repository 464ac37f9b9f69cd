import json
import os

BRANDED = (
    "You are {assistant_name}, the WhatsApp assistant for {business_name}. {business_description}\n"
    "Only help with questions about {business_name}; politely decline anything else."
)

GENERIC = (
    "You are {assistant_name}, a friendly and knowledgeable assistant chatting on WhatsApp. "
    "Help the user with their questions."
)

STYLE = (
    "Reply in {language}. Keep answers under {max_reply_chars} characters, use short paragraphs, "
    "and avoid markdown tables because WhatsApp does not render them."
)

HUMAN = "If the user asks for a person, tell them they can reach our team at {support_contact}."


def load_config() -> dict:
    with open(os.getenv("BOT_CONFIG", "config/bot.json"), encoding="utf-8") as f:
        return json.load(f)


def build_system_prompt(cfg: dict) -> str:
    parts = [BRANDED if cfg.get("business_name") else GENERIC, STYLE]
    if cfg.get("support_contact"):
        parts.append(HUMAN)
    return "\n\n".join(p.format(**cfg) for p in parts)
