from pathlib import Path

from google import genai
from google.genai import types

from . import booking
from .settings import settings

client = genai.Client(api_key=settings.gemini_api_key)
HE_THONG = (Path(__file__).parent / "prompts" / "he_thong.txt").read_text(encoding="utf-8")

_chats: dict[str, object] = {}


def _chat_for(wa_id: str):
    if wa_id not in _chats:
        _chats[wa_id] = client.aio.chats.create(
            model=settings.gemini_model,
            config=types.GenerateContentConfig(
                system_instruction=HE_THONG,
                temperature=0.4,
                # automatic function calling of the SDK
                tools=[booking.xem_gio_trong, booking.dat_lich],
            ),
        )
    return _chats[wa_id]


async def tra_loi(wa_id: str, text: str) -> str:
    chat = _chat_for(wa_id)
    resp = await chat.send_message(f"[SĐT khách: {wa_id}]\n{text}")
    return resp.text or "Xin lỗi anh/chị, Sen chưa hiểu ý. Anh/chị nói lại giúp Sen nhé."
