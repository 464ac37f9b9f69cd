import os
from google import genai
from google.genai import types

from .prompt import SYSTEM_INSTRUCTION, CONFIG

client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
_chats: dict[str, list[types.Content]] = {}


def reply(user_id: str, text: str) -> str:
    hist = _chats.setdefault(user_id, [])
    hist.append(types.Content(role="user", parts=[types.Part(text=text)]))
    resp = client.models.generate_content(
        model=CONFIG["model"],
        contents=hist[-CONFIG["max_history"]:],
        config=types.GenerateContentConfig(system_instruction=SYSTEM_INSTRUCTION, temperature=0.4),
    )
    hist.append(types.Content(role="model", parts=[types.Part(text=resp.text)]))
    return resp.text
