import json
from pathlib import Path

import pytest

from flowkit.importers.langflow import load_flow

DATA = Path(__file__).parent / "data"


@pytest.fixture
def memory_chatbot():
    return json.loads((DATA / "MemoryChatbot.json").read_text(encoding="utf-8"))


def test_edges_resolve(memory_chatbot):
    flow = load_flow(memory_chatbot)
    assert flow.upstream("Prompt-fx01", "history") == "Memory-fx03"
    assert flow.upstream("Prompt-fx01", "question") == "ChatInput-fx00"


def test_template_variables(memory_chatbot):
    flow = load_flow(memory_chatbot)
    assert set(flow.node("Prompt-fx01").variables) == {"history", "question"}


def test_chat_path(memory_chatbot):
    flow = load_flow(memory_chatbot)
    assert [n.type for n in flow.chat_path()] == ["ChatInput", "Prompt", "OpenAIModel", "ChatOutput"]
