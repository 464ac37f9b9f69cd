import pytest
from fastapi.testclient import TestClient

from fakegraph import app, outbox


@pytest.fixture
def graph():
    outbox.clear()
    with TestClient(app) as c:
        yield c


class StubLLM:
    """Deterministic stand-in so tests never hit a real model."""

    def __init__(self, reply: str = "stub reply"):
        self.reply = reply
        self.calls: list[list[dict]] = []

    def complete(self, messages: list[dict]) -> str:
        self.calls.append(messages)
        return self.reply


@pytest.fixture
def llm():
    return StubLLM()
