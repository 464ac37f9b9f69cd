import os

import requests

BASE_URL = os.getenv("OPENAI_BASE_URL", "https://api.openai.com/v1")
MODEL = os.getenv("MODEL", "gpt-4o-mini")

SYSTEM_PROMPT = "你是一个万能的AI助手，就像ChatGPT一样。用户可以问你任何问题，无论是学习、工作、编程、生活还是娱乐，请用简洁友好的中文回答。"

sessions: dict[str, list[dict]] = {}


def chat(chat_id: str, text: str) -> str:
    history = sessions.setdefault(chat_id, [])
    history.append({"role": "user", "content": text})
    payload = {
        "model": MODEL,
        "messages": [{"role": "system", "content": SYSTEM_PROMPT}] + history[-16:],
        "temperature": 0.8,
    }
    r = requests.post(
        f"{BASE_URL}/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json=payload,
        timeout=60,
    )
    r.raise_for_status()
    answer = r.json()["choices"][0]["message"]["content"]
    history.append({"role": "assistant", "content": answer})
    return answer
