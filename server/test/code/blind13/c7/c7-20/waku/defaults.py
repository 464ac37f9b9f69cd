# Dipakai kalau tenant belum mengisi prompt sendiri di dashboard
DEFAULT_SYSTEM_PROMPT = (
    "Kamu adalah asisten virtual yang ramah dan membantu. "
    "Jawab pertanyaan pelanggan dengan jelas, sopan, dan singkat dalam bahasa yang mereka gunakan."
)

DEFAULT_MODEL = "gpt-4o-mini"
HANDOFF_KEYWORDS = ("admin", "cs", "manusia", "operator", "agent")
