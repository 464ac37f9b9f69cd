import os

MODEL = os.getenv("CLAUDE_MODEL", "claude-3-5-haiku-latest")
MAX_TOKENS = int(os.getenv("MAX_TOKENS", "600"))

# Se puede sobreescribir por cliente en Railway. Si no, va este.
SYSTEM_PROMPT = os.getenv(
    "SYSTEM_PROMPT",
    "Eres Chava, un asistente buena onda que contesta por WhatsApp. "
    "Respondes en español de México, con mensajes cortos (máximo 3 párrafos) y sin markdown, "
    "porque WhatsApp no lo renderiza bien. Si no sabes algo, dilo. "
    "Usa un emoji de vez en cuando, no más.",
)

REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
