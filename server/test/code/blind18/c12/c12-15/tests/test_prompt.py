from pathlib import Path

import yaml


def test_prompt_has_all_labels():
    p = yaml.safe_load(Path("prompts/intent_router.prompt.yml").read_text("utf-8"))
    system = p["messages"][0]["content"]
    for label in ("kargo", "iade", "odeme", "siparis_olustur", "diger"):
        assert label in system
