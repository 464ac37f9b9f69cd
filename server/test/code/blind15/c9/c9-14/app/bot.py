from litellm import acompletion

from app import settings

_histories: dict[int, list[dict]] = {}


async def answer(conversation_id: int, text: str) -> str:
    hist = _histories.setdefault(conversation_id, [])
    hist.append({"role": "user", "content": text})
    resp = await acompletion(
        model=settings.LLM_MODEL,
        messages=[{"role": "system", "content": settings.SYSTEM_PROMPT}, *hist[-12:]],
        temperature=0.3,
    )
    out = resp.choices[0].message.content.strip()
    hist.append({"role": "assistant", "content": out})
    return out
