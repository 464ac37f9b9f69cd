import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WA_PHONE_ID = os.environ.get("WA_PHONE_ID", "")
WA_TOKEN = os.environ.get("WA_TOKEN", "")
WA_VERIFY_TOKEN = os.environ.get("WA_VERIFY_TOKEN", "radwerk-verify")
WA_APP_SECRET = os.environ.get("WA_APP_SECRET")

CLAUDE_MODEL = os.environ.get("CLAUDE_MODEL", "claude-3-5-haiku-latest")
PROMPT_FILE = os.environ.get("PROMPT_FILE", "system.de.md")

ZENDESK_SUBDOMAIN = os.environ.get("ZENDESK_SUBDOMAIN", "radwerk")
ZENDESK_EMAIL = os.environ.get("ZENDESK_EMAIL", "")
ZENDESK_API_TOKEN = os.environ.get("ZENDESK_API_TOKEN", "")


def load_system_prompt() -> str:
    return (ROOT / "prompts" / PROMPT_FILE).read_text(encoding="utf-8")
