import os
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

CFG = tomllib.loads((Path(__file__).parent.parent / "config" / "bot.toml").read_text(encoding="utf-8"))
SYSTEM_PROMPT = CFG["prompt"]["system"].strip()

WA_TOKEN = os.environ.get("WA_TOKEN", "")
WA_PHONE_ID = os.environ.get("WA_PHONE_ID", "")
VERIFY_TOKEN = os.environ.get("VERIFY_TOKEN", "")
CORE_BANKING_URL = os.environ.get("CORE_BANKING_URL", "http://core.umoja.local/api")
