from unittest.mock import patch

from fastapi.testclient import TestClient

from intent_router.api import app
from intent_router.classifier import Classificatie


@patch("intent_router.api.classificeer")
def test_gaslucht_naar_storing(mock_cls):
    mock_cls.return_value = Classificatie(categorie="storing", urgentie="hoog", taal="nl", samenvatting="ruikt gas in meterkast")
    r = TestClient(app).post("/classify", json={"message_sid": "SM1", "body": "ik ruik gas bij de meterkast!!"})
    assert r.json()["queue"] == "Q_STORING"
    assert r.json()["urgentie"] == "hoog"
