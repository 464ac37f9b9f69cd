import json
import os

import httpx

from .prompt import PHAN_LOAI_PROMPT

LABELS = {"DON_HANG", "TU_VAN_THUOC", "CUA_HANG", "KHIEU_NAI", "KHAC"}


def classify(text: str) -> dict:
    r = httpx.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENROUTER_API_KEY']}"},
        json={
            "model": os.getenv("CLASSIFIER_MODEL", "qwen/qwen-2.5-72b-instruct"),
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [{"role": "system", "content": PHAN_LOAI_PROMPT}, {"role": "user", "content": text}],
        },
        timeout=20,
    )
    r.raise_for_status()
    out = json.loads(r.json()["choices"][0]["message"]["content"])
    if out.get("intent") not in LABELS:
        out = {"intent": "KHAC", "confidence": 0.0}
    return out
