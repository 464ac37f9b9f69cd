import os
from functools import lru_cache

import yaml


@lru_cache
def load() -> dict:
    with open(os.getenv("PROMPTS_FILE", "config/prompts.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)["assistant"]


def system_prompt() -> str:
    # NB: {{WINKEL_TELEFOON}} wordt (nog) niet ingevuld — nummer van de winkel komt later via de CMS-koppeling
    return load()["system"]
