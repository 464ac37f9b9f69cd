import os
from pathlib import Path

import yaml
from dotenv import load_dotenv

load_dotenv()

_cfg = yaml.safe_load((Path(__file__).parent.parent / "config" / "concierge.yaml").read_text(encoding="utf-8"))

HOTEL = _cfg["hotel"]
MODEL = _cfg["model"]
SYSTEM_PROMPT = _cfg["system_prompt"].format(**HOTEL)

WA_TOKEN = os.environ.get("WA_TOKEN", "")
WA_PHONE_ID = os.environ.get("WA_PHONE_ID", "")
WA_VERIFY_TOKEN = os.environ.get("WA_VERIFY_TOKEN", "")
GRAPH_URL = f"https://graph.facebook.com/v21.0/{WA_PHONE_ID}/messages"
