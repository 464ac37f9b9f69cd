from functools import lru_cache
from pathlib import Path

import yaml

PROMPTS_FILE = Path(__file__).parent / "config" / "prompts.yaml"


@lru_cache
def _load() -> dict:
    with PROMPTS_FILE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def get(path: str) -> str:
    node = _load()
    for key in path.split("."):
        node = node[key]
    return node
