from pathlib import Path
import yaml
from litellm import completion

CFG = yaml.safe_load(Path(__file__).resolve().parent.parent.joinpath("persona.yaml").read_text())
_memory: dict[str, list[dict]] = {}


def think(user: str, text: str) -> str:
    mem = _memory.setdefault(user, [])
    mem.append({"role": "user", "content": text})
    messages = [{"role": "system", "content": CFG["instructions"]}, *mem[-14:]]
    try:
        r = completion(model=CFG["model"], messages=messages)
    except Exception:
        r = completion(model=CFG["fallback_model"], messages=messages)
    out = r.choices[0].message.content[: CFG["max_reply_chars"]]
    mem.append({"role": "assistant", "content": out})
    return out
