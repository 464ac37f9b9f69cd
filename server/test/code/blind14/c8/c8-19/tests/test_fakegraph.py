from fastapi.testclient import TestClient

from fakegraph.server import app, SENT
from fakegraph.payloads import build_inbound_text

client = TestClient(app)


def setup_function():
    SENT.clear()


def test_send_requires_token():
    r = client.post("/v21.0/123/messages", json={"messaging_product": "whatsapp", "to": "447700900123"})
    assert r.status_code == 401


def test_send_records_message():
    r = client.post(
        "/v21.0/123/messages",
        headers={"Authorization": "Bearer test"},
        json={"messaging_product": "whatsapp", "to": "447700900123", "type": "text", "text": {"body": "hello"}},
    )
    assert r.status_code == 200
    assert r.json()["messages"][0]["id"].startswith("wamid.FAKE")
    assert client.get("/_sent").json()[0]["text"]["body"] == "hello"


def test_inbound_payload_shape():
    p = build_inbound_text("447700900123", "where is my order?")
    msg = p["entry"][0]["changes"][0]["value"]["messages"][0]
    assert msg["from"] == "447700900123"
    assert msg["text"]["body"] == "where is my order?"
