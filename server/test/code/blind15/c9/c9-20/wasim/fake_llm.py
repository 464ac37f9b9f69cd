"""Stub of /v1/chat/completions so staging runs don't burn tokens.

Point the bot under test at it with LLM_URL=http://localhost:9100/v1/chat/completions.
"""
from fastapi import FastAPI, Request

app = FastAPI()
CALLS: list[dict] = []

CANNED = {
    "horario": "Abrimos de lunes a viernes de 9 a 18 h.",
    "pedido": "Tu pedido está en camino.",
}


@app.post("/v1/chat/completions")
async def completions(req: Request):
    body = await req.json()
    CALLS.append(body)
    last = body["messages"][-1]["content"].lower()
    text = next((v for k, v in CANNED.items() if k in last), "STUB_REPLY")
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "model": body.get("model", "stub"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }
