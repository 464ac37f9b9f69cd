from functools import lru_cache
from pathlib import Path

import yaml

_PROMPTS_FILE = Path(__file__).resolve().parent.parent / "prompts.yaml"


@lru_cache
def _load() -> dict:
    with _PROMPTS_FILE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def get(key: str) -> dict:
    return _load()[key]
