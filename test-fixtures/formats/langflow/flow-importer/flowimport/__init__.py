import json
from dataclasses import dataclass, field


@dataclass
class Node:
    id: str
    kind: str


@dataclass
class Flow:
    nodes: list = field(default_factory=list)
    edges: list = field(default_factory=list)


def load_flow(path):
    data = json.loads(open(path, encoding="utf-8").read())["data"]
    nodes = [Node(n["id"], n["data"]["type"]) for n in data["nodes"]]
    return Flow(nodes, data["edges"])
