import pytest
from fastapi.testclient import TestClient

from wasim import fake_llm
from wasim.payloads import inbound_text


def test_payload_shape():
    p = inbound_text("15550009999", "hola")
    msg = p["entry"][0]["changes"][0]["value"]["messages"][0]
    assert msg["type"] == "text" and msg["text"]["body"] == "hola"


def test_fake_llm_returns_canned():
    c = TestClient(fake_llm.app)
    r = c.post("/v1/chat/completions", json={
        "model": "gpt-4o-mini",
        "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": "¿horario?"}],
    })
    assert r.json()["choices"][0]["message"]["content"].startswith("Abrimos")
