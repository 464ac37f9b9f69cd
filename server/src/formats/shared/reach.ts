import type { FlowGraph } from '../../model/types';

/** Nodes reached from `from` (by default the triggers) along the edges `keep` allows, the start nodes included. */
export function reachable(
  flow: FlowGraph,
  keep: (e: { from: string; to: string }) => boolean = () => true,
  from?: string[],
): Set<string> {
  const out = new Map<string, string[]>();
  for (const e of flow.edges) if (keep(e)) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  const queue = from ?? flow.nodes.filter((n) => n.kind === 'trigger').map((n) => n.id);
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++)
    for (const next of out.get(queue[i]) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  return seen;
}
