import os
import tomllib


def load() -> dict:
    with open(os.environ.get("SAOMAI_SETTINGS", "config/settings.toml"), "rb") as f:
        cfg = tomllib.load(f)
    cfg["prompt"]["system"] = cfg["prompt"]["system"].format(hotline=cfg["contact"]["hotline"]).strip()
    return cfg
