from fastapi.testclient import TestClient

from mockwa.server import SENT, app, inbound_payload

client = TestClient(app)


def setup_function():
    SENT.clear()


def test_send_text_is_recorded():
    r = client.post(
        "/v21.0/109876543210/messages",
        json={"messaging_product": "whatsapp", "to": "5511999990000", "type": "text", "text": {"body": "Pedido #4411 enviado"}},
    )
    assert r.status_code == 200
    assert r.json()["messages"][0]["id"].startswith("wamid.MOCK")
    assert client.get("/_sent").json()[0]["text"]["body"] == "Pedido #4411 enviado"


def test_inbound_payload_shape():
    p = inbound_payload("5511999990000", "oi")
    msg = p["entry"][0]["changes"][0]["value"]["messages"][0]
    assert msg["type"] == "text" and msg["text"]["body"] == "oi"
