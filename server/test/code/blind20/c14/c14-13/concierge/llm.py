from collections import defaultdict, deque

from google import genai
from google.genai import types

from .settings import MODEL, SYSTEM_PROMPT

client = genai.Client()  # GEMINI_API_KEY
_history: dict[str, deque] = defaultdict(lambda: deque(maxlen=16))


def reply(wa_id: str, text: str) -> str:
    h = _history[wa_id]
    h.append(types.Content(role="user", parts=[types.Part(text=text)]))
    resp = client.models.generate_content(
        model=MODEL["name"],
        contents=list(h),
        config=types.GenerateContentConfig(
            system_instruction=SYSTEM_PROMPT,
            temperature=MODEL["temperature"],
            max_output_tokens=800,
        ),
    )
    out = resp.text or "申し訳ございません、もう一度お送りいただけますか。"
    h.append(types.Content(role="model", parts=[types.Part(text=out)]))
    return out
