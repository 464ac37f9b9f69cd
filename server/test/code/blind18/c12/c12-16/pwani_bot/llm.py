import os
from pathlib import Path

import requests

SYSTEM = Path(__file__).with_name("system_prompt.txt").read_text(encoding="utf-8")
URL = "https://openrouter.ai/api/v1/chat/completions"


def jibu(historia: list[dict]) -> str:
    r = requests.post(
        URL,
        headers={
            "Authorization": f"Bearer {os.environ['OPENROUTER_API_KEY']}",
            "HTTP-Referer": "https://pwaniexpress.co.ke",
            "X-Title": "Pwani Express WhatsApp",
        },
        json={
            "model": os.environ.get("OPENROUTER_MODEL", "meta-llama/llama-3.1-70b-instruct"),
            "messages": [{"role": "system", "content": SYSTEM}, *historia[-10:]],
            "temperature": 0.3,
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
