import json
import os
from pathlib import Path


def load_config() -> dict:
    path = Path(os.getenv("ASSISTANT_CONFIG", "config/assistant.json"))
    return json.loads(path.read_text(encoding="utf-8"))


def build_system_prompt(cfg: dict) -> str:
    shop = cfg["shop"]
    parts = [p.format(**shop) for p in cfg["system_prompt_parts"]]
    if cfg.get("fallback_policy"):
        parts.append(cfg["fallback_policy"])
    if cfg.get("operator", {}).get("prompt_hint"):
        parts.append(cfg["operator"]["prompt_hint"].format(**shop))
    return "\n".join(parts)
