from pathlib import Path

import yaml

_cfg = yaml.safe_load((Path(__file__).parent.parent / "config" / "assistant.yaml").read_text(encoding="utf-8"))

MODEL = _cfg["model"]
TEMPERATURE = _cfg["temperature"]
SYSTEM_PROMPT = _cfg["system_prompt"].format(**_cfg["hotel"])
