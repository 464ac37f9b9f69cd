import os

import requests

from gymbot.prompts import SYSTEM_PROMPT

URL = os.getenv("LLM_URL", "https://api.openai.com/v1/chat/completions")
KEY = os.environ["OPENAI_API_KEY"]


def ask(history: list[dict]) -> str:
    payload = {
        "model": os.getenv("LLM_MODEL", "gpt-4o-mini"),
        "messages": [{"role": "system", "content": SYSTEM_PROMPT}] + history[-10:],
        "temperature": 0.6,
    }
    r = requests.post(URL, json=payload, headers={"Authorization": f"Bearer {KEY}"}, timeout=30)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
