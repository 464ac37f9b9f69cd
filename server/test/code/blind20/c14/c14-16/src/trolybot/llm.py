import os
from collections import defaultdict

from ollama import Client

from .prompt import SYSTEM_PROMPT

client = Client(host=os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434"))
MODEL = os.getenv("OLLAMA_MODEL", "qwen2.5:14b")

# def chuyen_nhan_vien(ly_do: str) -> str:
#     """Chuyển cuộc trò chuyện cho nhân viên chăm sóc khách hàng."""
#     notify_cskh(ly_do)  # TODO
#     return "da_chuyen"

TOOLS = [
    # chuyen_nhan_vien,
]

_hist: dict[str, list[dict]] = defaultdict(list)


def tra_loi(wa_id: str, text: str) -> str:
    h = _hist[wa_id]
    h.append({"role": "user", "content": text})
    res = client.chat(
        model=MODEL,
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, *h[-12:]],
        tools=TOOLS or None,
        options={"temperature": 0.6},
    )
    out = res.message.content or "Xin lỗi, mình chưa trả lời được, bạn thử lại nhé."
    h.append({"role": "assistant", "content": out})
    return out


def xoa_lich_su(wa_id: str) -> None:
    _hist.pop(wa_id, None)
