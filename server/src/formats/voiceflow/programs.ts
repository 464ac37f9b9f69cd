import type { FlowEdge, FlowNode } from '../../model/types';
import { mapEntries, nodeAt, seqItems, strAt, type JNode, type JsonSource } from '../shared/jsonSource';

/** A `.vfr` runtime file: compiled `programs` (one per diagram) of `lines`, without the canvas's `diagrams`. */
export function looksLikeVoiceflowRuntime(text: string): boolean {
  return /"programs"\s*:/.test(text) && /"lines"\s*:/.test(text) && /"(startId|nextId)"\s*:/.test(text);
}

/** Keys of a runtime line that name the line it goes on to (`nextId`, `elseId`, `fail_id`, `noMatch.nodeID`). */
const NEXT = /^(nextId|elseId|nextID|success_id|fail_id|failId|successId|nodeID|noReplyId|targetId)$/;

type Step = (id: string, n: JNode, data: JNode | undefined, type: string, label: string) => FlowNode;

/**
 * The lines of every program (`programs` keyed by diagram id, or a list of `{id, lines}`). The root program
 * (`version.rootDiagramID`, else the first) starts the conversation at its `startId`; its global `commands` (intent
 * jumps) listen to any user message, so the start reaches them.
 */
export function readPrograms(src: JsonSource, step: Step, nodes: FlowNode[], edges: FlowEdge[]): void {
  const holder = nodeAt(src.root, ['programs']);
  const programs: [string, JNode][] = [
    ...mapEntries(holder).map(([k, p]): [string, JNode] => [k, p]),
    ...seqItems(holder).map((p, i): [string, JNode] => [strAt(p, ['id']) ?? String(i), p]),
  ];
  if (programs.length === 0) return;
  const rootId = strAt(src.root, ['version', 'rootDiagramID']) ?? strAt(src.root, ['rootDiagramID']);
  const root = programs.find(([id]) => id === rootId) ?? programs[0];
  for (const [pid, program] of programs) {
    const pname = strAt(program, ['name']) ?? pid;
    for (const [lineId, line] of lines(program)) {
      const type = strAt(line, ['type']) ?? '';
      nodes.push(step(lineId, line, line, type, `${pname} / ${strAt(line, ['name']) ?? type} (${lineId})`));
      for (const target of nextIds(line)) edges.push({ from: lineId, to: target });
    }
  }
  const start = nodes.find((n) => n.kind === 'trigger');
  const startId = start?.id ?? `${root[0]}:start`;
  if (!start)
    nodes.unshift(
      step(startId, root[1], undefined, 'start', `${strAt(root[1], ['name']) ?? root[0]} / start (${root[0]})`),
    );
  const first = strAt(root[1], ['startId']);
  if (first && first !== startId) edges.push({ from: startId, to: first });
  for (const command of seqItems(nodeAt(root[1], ['commands']))) {
    const target = strAt(command, ['nextId']);
    if (target) edges.push({ from: startId, to: target, label: 'intent' });
  }
}

/** A program's lines: an object keyed by id, or a list of lines with `id`. */
function lines(program: JNode): [string, JNode][] {
  const l = nodeAt(program, ['lines']);
  return [
    ...mapEntries(l).map(([k, n]): [string, JNode] => [k, n]),
    ...seqItems(l).map((n, i): [string, JNode] => [strAt(n, ['id']) ?? String(i), n]),
  ];
}

/** Every line a runtime line can go on to: its own next keys and those of its paths, choices and handlers. */
function nextIds(line: JNode, depth = 0): string[] {
  if (depth > 3) return [];
  const out: string[] = [];
  for (const [key, v] of mapEntries(line)) {
    if (v.type === 'string' && NEXT.test(key)) out.push(String(v.value));
    else if (v.type === 'object') out.push(...nextIds(v, depth + 1));
    else if (v.type === 'array') for (const item of seqItems(v)) out.push(...nextIds(item, depth + 1));
  }
  return out;
}
