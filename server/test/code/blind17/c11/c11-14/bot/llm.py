import os

from google import genai
from google.genai import types

from .prompt import SYSTEM_PROMPT

_client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
_model = os.getenv("GEMINI_MODEL", "gemini-1.5-flash")
_sessions: dict[str, object] = {}


def _chat_for(chat_id: str):
    if chat_id not in _sessions:
        _sessions[chat_id] = _client.chats.create(
            model=_model,
            config=types.GenerateContentConfig(system_instruction=SYSTEM_PROMPT, temperature=0.7),
        )
    return _sessions[chat_id]


def reset(chat_id: str) -> None:
    _sessions.pop(chat_id, None)


def ask(chat_id: str, text: str) -> str:
    resp = _chat_for(chat_id).send_message(text)
    return resp.text or "Mình chưa nghĩ ra câu trả lời, bạn hỏi lại nhé 🙏"


# --- Tạm tắt: chuyển cho nhân viên ---
# Chưa có người trực nên comment lại, khi nào có team sẽ bật.
# def chuyen_cho_nhan_vien(chat_id: str, ly_do: str) -> str:
#     from whatsapp_api_client_python import API
#     api = API.GreenAPI(os.environ["ID_INSTANCE"], os.environ["API_TOKEN_INSTANCE"])
#     api.sending.sendMessage("84901234567@c.us", f"Hỗ trợ: {chat_id} - {ly_do}")
#     return "Đã chuyển, nhân viên sẽ liên hệ bạn."
