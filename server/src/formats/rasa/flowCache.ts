import type { FlowNode } from '../../model/types';
import type { Add, Edge } from './context';

/**
 * What walking one flow's steps added to a Rasa model (nodes and edges, in order), kept per flow between edits.
 *
 * A large `flows.yml` is parsed piece by piece (`YamlChunkCache`): a flow whose text did not change keeps its YAML
 * nodes (the same objects, their ranges moved in place when an edit before it changed the length). Its walk then
 * gives the same nodes and edges, moved by the same distance, as long as what the walk read outside the flow is the
 * same: for each action of a step, the domain's response (the same YAML node), the custom action and whether the
 * action is a fallback action. A flow is replayed only then; a walk that added a prompt or an issue to the model,
 * a node outside the flow's own text or a node already in the model is not kept (walked again on each edit).
 */

/** What one action of a step read outside the flow (compared by identity). */
export type ActionDeps = readonly unknown[];

interface Step {
  /** A node, stored as a copy with its id cut before the offset that ends it. */
  node?: FlowNode;
  idBase?: string;
  edge?: [string, string, string | undefined];
}

interface Walk {
  flowId: string;
  uri: string;
  /** The flow node's start when the walk was recorded. */
  start: number;
  deps: { action: string; deps: ActionDeps }[];
  steps: Step[];
}

export interface FlowWalk {
  flowId: string;
  uri: string;
  /** The flow's YAML node (the cache key: a new parse of its text is a new object). */
  node: object | null | undefined;
  /** What an action's node depends on outside the flow. */
  depsOf: (action: string) => ActionDeps;
  /** Prompts plus issues of the model: a walk that changes it is not kept. */
  modelSize: () => number;
  has: (id: string) => boolean;
}

const walks = new WeakMap<object, Walk>();

/** Walk statistics since the process started (tests: a second lint replays the flows it did not touch). */
export const flowWalkStats = { replayed: 0, walked: 0 };

const rangeOf = (node: object | null | undefined): [number, number] | undefined => {
  const r = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
  return r ? [r[0], r[2]] : undefined;
};

/**
 * Runs `walk` (which calls `add`, `edge` and `seen` for each action it reads), or replays its last result for the
 * same flow node when nothing it read has changed.
 */
export function walkFlow(
  flow: FlowWalk,
  add: Add,
  edge: Edge,
  walk: (add: Add, edge: Edge, seen: (action: string) => void) => void,
): void {
  const range = rangeOf(flow.node);
  const hit = range && flow.node ? walks.get(flow.node) : undefined;
  if (range && hit && replayable(hit, flow, range[0] - hit.start)) {
    flowWalkStats.replayed++;
    return replay(hit, range[0] - hit.start, add, edge);
  }
  flowWalkStats.walked++;
  const steps: Step[] = [];
  const deps: Walk['deps'] = [];
  let keep = !!range;
  const size = flow.modelSize();
  const recAdd: Add = (n) => {
    if (flow.has(n.id)) keep = false;
    const copy = range ? copyOf(n, range, flow.uri) : undefined;
    if (!copy) keep = false;
    else steps.push(copy);
    return add(n);
  };
  const recEdge: Edge = (from, to, label) => {
    steps.push({ edge: [from, to, label] });
    edge(from, to, label);
  };
  walk(recAdd, recEdge, (action) => deps.push({ action, deps: flow.depsOf(action) }));
  if (flow.modelSize() !== size) keep = false;
  if (keep && range && flow.node)
    walks.set(flow.node, { flowId: flow.flowId, uri: flow.uri, start: range[0], deps, steps });
  else if (flow.node) walks.delete(flow.node);
}

function replayable(w: Walk, flow: FlowWalk, delta: number): boolean {
  if (w.flowId !== flow.flowId || w.uri !== flow.uri) return false;
  for (const d of w.deps) {
    const now = flow.depsOf(d.action);
    if (now.length !== d.deps.length || now.some((x, i) => x !== d.deps[i])) return false;
  }
  for (const s of w.steps) if (s.node && flow.has(`${s.idBase}${s.node.ref.span.start + delta}`)) return false;
  return true;
}

/** A copy of a node the walk added, or undefined when it cannot be moved with its flow. */
function copyOf(n: FlowNode, [start, end]: [number, number], uri: string): Step | undefined {
  const at = String(n.ref.span.start);
  if (n.prompt !== undefined || n.ref.uri !== uri || n.ref.span.start < start || n.ref.span.end > end) return undefined;
  if (!n.id.endsWith(`@${at}`) || n.tools || n.openSettings) return undefined;
  return { node: clone(n, 0), idBase: n.id.slice(0, n.id.length - at.length) };
}

function clone(n: FlowNode, delta: number, id = n.id): FlowNode {
  const c: FlowNode = {
    ...n,
    id,
    ref: { uri: n.ref.uri, span: { start: n.ref.span.start + delta, end: n.ref.span.end + delta } },
  };
  if (n.attrs) c.attrs = { ...n.attrs };
  return c;
}

function replay(w: Walk, delta: number, add: Add, edge: Edge): void {
  const ids = new Map<string, string>();
  for (const s of w.steps) {
    if (s.node) {
      const id = `${s.idBase}${s.node.ref.span.start + delta}`;
      if (delta) ids.set(s.node.id, id);
      add(clone(s.node, delta, id));
    } else if (s.edge) {
      const [from, to, label] = s.edge;
      edge(ids.get(from) ?? from, ids.get(to) ?? to, label);
    }
  }
}
