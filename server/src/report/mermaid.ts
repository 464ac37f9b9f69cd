import type { FlowGraph, FlowNode } from '../model/types';
import { reachFromTriggers } from '../rules/graph';
import type { BotFacts } from './facts';

/** Above this many nodes only the triggers and the nodes on a marked path are drawn. */
const MAX_NODES = 40;

const SHAPE: Partial<Record<FlowNode['kind'], [string, string]>> = {
  trigger: ['([', '])'],
  llm: ['{{', '}}'],
  human: ['[/', '/]'],
  router: ['{', '}'],
  webhook: ['[[', ']]'],
};

/** Mermaid label text: quotes and angle brackets as entity codes, one line, clipped. */
function label(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const clipped = t.length > 48 ? t.slice(0, 47) + '…' : t;
  return clipped.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** The words that mark a node in its label (the report passes them in its locale). */
export interface NodeMarks {
  open: string;
  human: string;
  llm: string;
}
const ENGLISH_MARKS: NodeMarks = { open: 'OPEN-DOMAIN LLM', human: 'HUMAN', llm: 'LLM' };

/**
 * A `flowchart LR` of the flow: nodes reachable from a trigger, the path to each open-domain LLM drawn red
 * (class `openDomain`) and the path to each human hand-off drawn green (class `human`). Labels carry the
 * same marks as words, so the diagram reads without colour.
 */
export function flowDiagram(
  flow: FlowGraph,
  facts: BotFacts,
  marks: NodeMarks = ENGLISH_MARKS,
): { source: string; paths: { kind: 'open' | 'human'; steps: string[] }[] } {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const openIds = new Set(facts.llms.filter((l) => l.verdict !== 'scoped' && l.nodeId).map((l) => l.nodeId!));
  const humanIds = new Set(facts.humans.filter((h) => h.nodeId).map((h) => h.nodeId!));
  const openPaths = pathsTo(flow, openIds);
  const humanPaths = pathsTo(flow, humanIds);
  const onOpen = new Set(openPaths.flat());
  const onHuman = new Set(humanPaths.flat());
  const reached = reachFromTriggers(flow).reached;
  let shown = flow.nodes.filter((n) => reached.has(n.id));
  if (shown.length > MAX_NODES)
    shown = shown.filter((n) => n.kind === 'trigger' || onOpen.has(n.id) || onHuman.has(n.id));
  const ids = new Map(shown.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const n of shown) {
    const [open, close] = SHAPE[n.kind] ?? ['[', ']'];
    const mark = openIds.has(n.id)
      ? `${marks.open}: `
      : humanIds.has(n.id)
        ? `${marks.human}: `
        : n.kind === 'llm'
          ? `${marks.llm}: `
          : '';
    lines.push(`  ${ids.get(n.id)}${open}"${label(mark + n.label)}"${close}`);
  }
  const edges = uniqueEdges(flow).filter((e) => ids.has(e.from) && ids.has(e.to));
  const openEdges: number[] = [];
  const humanEdges: number[] = [];
  edges.forEach((e, i) => {
    lines.push(`  ${ids.get(e.from)} -->${e.label ? `|"${label(e.label)}"|` : ''} ${ids.get(e.to)}`);
    // An edge both paths share (the trigger's first hop) stays neutral, as do the nodes they share.
    const open = onPath(openPaths, e.from, e.to);
    const human = onPath(humanPaths, e.from, e.to);
    if (open && !human) openEdges.push(i);
    else if (human && !open) humanEdges.push(i);
  });
  lines.push(
    '  classDef openDomain fill:#fde2e1,stroke:#b42318,stroke-width:3px,color:#000;',
    '  classDef human fill:#dcfae6,stroke:#067647,stroke-width:3px,color:#000;',
  );
  const open = shown
    .filter((n) => (onOpen.has(n.id) && !onHuman.has(n.id)) || openIds.has(n.id))
    .map((n) => ids.get(n.id));
  const human = shown
    .filter((n) => (onHuman.has(n.id) && !onOpen.has(n.id)) || humanIds.has(n.id))
    .map((n) => ids.get(n.id));
  if (open.length) lines.push(`  class ${open.join(',')} openDomain;`);
  if (human.length) lines.push(`  class ${human.join(',')} human;`);
  if (openEdges.length) lines.push(`  linkStyle ${openEdges.join(',')} stroke:#b42318,stroke-width:3px;`);
  if (humanEdges.length) lines.push(`  linkStyle ${humanEdges.join(',')} stroke:#067647,stroke-width:3px;`);
  const steps = (p: string[]) => p.map((id) => byId.get(id)!.label);
  return {
    source: lines.join('\n'),
    paths: [
      ...openPaths.map((p) => ({ kind: 'open' as const, steps: steps(p) })),
      ...humanPaths.map((p) => ({ kind: 'human' as const, steps: steps(p) })),
    ],
  };
}

function uniqueEdges(flow: FlowGraph) {
  const seen = new Set<string>();
  return flow.edges.filter((e) => !seen.has(`${e.from}\u0000${e.to}`) && !!seen.add(`${e.from}\u0000${e.to}`));
}

const onPath = (paths: string[][], from: string, to: string) =>
  paths.some((p) => p.some((id, i) => id === from && p[i + 1] === to));

/** The rules' own shortest paths (node ids, trigger first) to each target reachable from a trigger. */
function pathsTo(flow: FlowGraph, targets: Set<string>): string[][] {
  const reach = reachFromTriggers(flow);
  return [...targets].filter((t) => reach.reached.has(t)).map((t) => reach.path(t).map((n) => n.id));
}
