"""Minimal Langflow export loader used by flowkit diff/lint commands."""
from dataclasses import dataclass, field


@dataclass
class Node:
    id: str
    type: str
    template: dict
    variables: list = field(default_factory=list)


class Flow:
    def __init__(self, nodes, edges):
        self._nodes = {n.id: n for n in nodes}
        self._edges = edges

    def node(self, node_id):
        return self._nodes[node_id]

    def upstream(self, node_id, field_name):
        for e in self._edges:
            th = e["data"]["targetHandle"]
            if e["target"] == node_id and th["fieldName"] == field_name:
                return e["source"]
        return None

    def chat_path(self):
        start = next(n for n in self._nodes.values() if n.type == "ChatInput")
        path, cur = [start], start.id
        while True:
            nxt = [e["target"] for e in self._edges if e["source"] == cur and self._nodes[e["target"]].type != "Memory"]
            if not nxt:
                return path
            cur = nxt[0]
            path.append(self._nodes[cur])


def load_flow(doc):
    nodes = []
    for raw in doc["data"]["nodes"]:
        if raw.get("type") != "genericNode":
            continue
        d = raw["data"]
        tpl = d["node"]["template"]
        variables = [k for k, v in tpl.items() if isinstance(v, dict) and v.get("input_types") == ["Message", "Text"]]
        nodes.append(Node(raw["id"], d["type"], tpl, variables))
    return Flow(nodes, doc["data"]["edges"])
