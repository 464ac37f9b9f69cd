import type { FlowGraph, FlowNode } from '../model/types';

export interface Reach {
  reached: Set<string>;
  /** Nodes on the shortest path from a trigger to `id`, trigger first. */
  path(id: string): FlowNode[];
}

const memo = new WeakMap<FlowGraph, Reach>();

/** Breadth-first reachability from every trigger node along the user-message direction (memoised per graph). */
export function reachFromTriggers(flow: FlowGraph): Reach {
  let reach = memo.get(flow);
  if (!reach) memo.set(flow, (reach = computeReach(flow)));
  return reach;
}

function computeReach(flow: FlowGraph): Reach {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string[]>();
  for (const e of flow.edges) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  const parent = new Map<string, string | null>();
  const queue = flow.nodes.filter((n) => n.kind === 'trigger').map((n) => n.id);
  for (const id of queue) parent.set(id, null);
  for (let i = 0; i < queue.length; i++) {
    for (const next of out.get(queue[i]) ?? []) {
      if (parent.has(next) || !byId.has(next)) continue;
      parent.set(next, queue[i]);
      queue.push(next);
    }
  }
  return {
    reached: new Set(parent.keys()),
    path(id) {
      const nodes: FlowNode[] = [];
      for (let cur: string | null | undefined = id; cur; cur = parent.get(cur)) {
        const n = byId.get(cur);
        if (n) nodes.unshift(n);
      }
      return nodes;
    },
  };
}

export function describePath(nodes: FlowNode[]): string {
  return nodes.map((n) => n.label).join(' → ');
}
