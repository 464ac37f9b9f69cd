from pathlib import Path

from flowimport import load_flow

DATA = Path(__file__).parent / "data"


def test_loads_nodes_and_edges():
    flow = load_flow(DATA / "basic-chat.json")
    assert [n.kind for n in flow.nodes][:2] == ["ChatInput", "Prompt"]
    assert flow.edges
