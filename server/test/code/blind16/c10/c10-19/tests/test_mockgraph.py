from starlette.testclient import TestClient

from mockgraph.server import SENT, app

client = TestClient(app)


def setup_function():
    client.post("/_reset")


def test_text_message_is_recorded():
    r = client.post("/v20.0/1234/messages", json={
        "messaging_product": "whatsapp", "to": "5511987654321", "type": "text", "text": {"body": "Seu pedido saiu para entrega"},
    })
    assert r.status_code == 200
    assert r.json()["messages"][0]["id"].startswith("wamid.MOCK")
    assert SENT[0]["text"]["body"] == "Seu pedido saiu para entrega"


def test_template_message_is_recorded():
    client.post("/v20.0/1234/messages", json={
        "messaging_product": "whatsapp", "to": "4915112345678", "type": "template",
        "template": {"name": "appointment_reminder", "language": {"code": "de"}},
    })
    assert SENT[0]["template"]["name"] == "appointment_reminder"


def test_rejects_missing_recipient():
    r = client.post("/v20.0/1234/messages", json={"messaging_product": "whatsapp", "type": "text"})
    assert r.status_code == 400
    assert SENT == []
