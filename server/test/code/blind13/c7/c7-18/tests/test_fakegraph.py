from fakegraph import outbox
from fakegraph.server import inbound_text


def test_send_records_message(graph):
    r = graph.post(
        "/v21.0/123/messages",
        headers={"Authorization": "Bearer test"},
        json={"messaging_product": "whatsapp", "to": "4915112345678", "type": "text", "text": {"body": "hi"}},
    )
    assert r.status_code == 200
    assert r.json()["messages"][0]["id"].startswith("wamid.FAKE")
    assert outbox[-1]["text"]["body"] == "hi"


def test_rejects_without_token(graph):
    r = graph.post("/v21.0/123/messages", json={"messaging_product": "whatsapp", "to": "1"})
    assert r.status_code == 401


def test_inbound_payload_shape():
    p = inbound_text("4915112345678", "Hallo")
    msg = p["entry"][0]["changes"][0]["value"]["messages"][0]
    assert msg["from"] == "4915112345678" and msg["text"]["body"] == "Hallo"


def test_stub_llm_records_calls(llm):
    assert llm.complete([{"role": "user", "content": "x"}]) == "stub reply"
    assert len(llm.calls) == 1
