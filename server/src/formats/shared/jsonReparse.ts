import { parseTree, type Node as JNode, type ParseError } from 'jsonc-parser';

/**
 * Incremental JSON parsing for large files (an n8n export of thousands of lines): the tree of a file's last text
 * is kept, and an edit that falls inside one value (a prompt string, one node of a workflow) re-parses that value
 * alone and moves what follows it by the edit's length, in place. The tree then is the one a whole parse of the
 * new text gives (same nodes, offsets, lengths and values; `server/test/formats/jsonReparse.test.ts`), because
 * the value is parsed between the same unchanged neighbours: it must parse to one value of its full length with
 * no error and no repeated key, and the character after it must end any token. Kept only for trees without
 * issues (parse errors, repeated keys), so nothing else of the parse depends on the old text.
 *
 * The kept tree is changed in place: a caller must not hold a tree of a file across a parse of a newer text of
 * that file (the service parses one version of a file per lint).
 */
const MIN_SIZE = 16 * 1024;
/** Trees kept at most (the files being edited), and their nodes at most (~100 bytes each). */
const MAX_FILES = 4;
const MAX_NODES = 300_000;
const OPTIONS = { allowTrailingComma: true, disallowComments: false };

interface Kept {
  text: string;
  root: JNode;
  nodes: number;
}

const kept = new Map<string, Kept>();

type Mutable = { offset: number; length: number; colonOffset?: number; parent?: JNode; children?: JNode[] };

/** The tree of `text` built from the kept tree of the file's previous text, or undefined (parse it whole). */
export function reparseEdited(uri: string, text: string, maxNodes: number): JNode | undefined {
  const last = kept.get(uri);
  if (!last || text.length < MIN_SIZE) return undefined;
  if (last.text === text) return last.root;
  const { start, oldEnd, newEnd } = changedRange(last.text, text);
  const target = innermostValue(last.root, start, oldEnd);
  if (!target || !endsToken(last.text.charCodeAt(target.offset + target.length))) return undefined;
  const delta = newEnd - oldEnd;
  const source = text.slice(target.offset, target.offset + target.length + delta);
  const errors: ParseError[] = [];
  const fresh = parseTree(source, errors, OPTIONS);
  if (errors.length || !fresh || fresh.offset !== 0 || fresh.length !== source.length) return undefined;
  const added = countUnique(fresh);
  const nodes = added < 0 ? -1 : last.nodes - countUnique(target) + added;
  if (nodes < 0 || nodes > maxNodes) return undefined;
  splice(target, fresh, delta);
  kept.delete(uri);
  kept.set(uri, { text, root: last.root, nodes });
  return last.root;
}

/** Keeps the tree of a whole parse for the next edit (only a large file's tree without issues). */
export function keepTree(uri: string, text: string, root: JNode | undefined, nodes: number, clean: boolean): void {
  kept.delete(uri);
  if (!root || !clean || text.length < MIN_SIZE || nodes > MAX_NODES) return;
  kept.set(uri, { text, root, nodes });
  let total = 0;
  for (const k of kept.values()) total += k.nodes;
  for (const [u, k] of kept) {
    if (kept.size <= MAX_FILES && total <= MAX_NODES) break;
    kept.delete(u);
    total -= k.nodes;
  }
}

/** The kept tree of a file whose text is `text` (the whole parse of this lint), or undefined. Read it, never change it. */
export function keptTree(uri: string, text: string): JNode | undefined {
  const last = kept.get(uri);
  return last?.text === text ? last.root : undefined;
}

/** Forgets a file's tree (closed, deleted). */
export function forgetTree(uri: string): void {
  kept.delete(uri);
}

/** The part of `before` that `after` replaced: [start, oldEnd) of `before` became [start, newEnd) of `after`. */
function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** After a value: white space, `,`, `]`, `}` or the end (so the new value's last token ends where the old one did). */
function endsToken(c: number): boolean {
  return Number.isNaN(c) || c === 44 || c === 93 || c === 125 || c === 32 || c === 9 || c === 10 || c === 13;
}

/** The innermost array element or property value whose inside holds [start, end) (its first and last characters not). */
function innermostValue(root: JNode, start: number, end: number): JNode | undefined {
  let found: JNode | undefined;
  let node: JNode | undefined = root;
  while (node?.children?.length) {
    const child: JNode | undefined = childAt(node.children, start);
    if (!child || end > child.offset + child.length) return found;
    const value = child.type === 'property' ? child.children?.[1] : child;
    if (!value || !(value.offset < start && end < value.offset + value.length)) return found;
    found = value;
    node = value;
  }
  return found;
}

/** The last of `children` (sorted by offset) that starts at or before `at`. */
function childAt(children: JNode[], at: number): JNode | undefined {
  let lo = 0;
  let hi = children.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].offset <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best < 0 ? undefined : children[best];
}

/** Nodes of a subtree, or -1 when an object in it repeats a key (a whole parse then reports it). */
function countUnique(root: JNode): number {
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    count++;
    const kids = node.children ?? [];
    if (node.type === 'object' && kids.length > 1) {
      const keys = new Set(kids.map((p) => p.children?.[0]?.value));
      if (keys.size < kids.length) return -1;
    }
    for (const k of kids) stack.push(k);
  }
  return count;
}

/** Puts `fresh` (parsed at offset 0) in the place of `target`, and moves what follows by `delta`. */
function splice(target: JNode, fresh: JNode, delta: number): void {
  const at = target.offset;
  const parent = target.parent as Mutable;
  shift(fresh, at);
  (fresh as Mutable).parent = target.parent;
  parent.children![parent.children!.indexOf(target)] = fresh;
  // Every ancestor grows by delta; the nodes after the edited value (siblings of the ancestors) move by delta.
  for (let a: JNode | undefined = target.parent; a; a = a.parent) {
    (a as Mutable).length += delta;
    const kids = a.children ?? [];
    for (let i = kids.length - 1; i >= 0 && kids[i].offset > at; i--) shift(kids[i], delta);
  }
}

/** Moves a subtree's offsets by `delta`. */
function shift(node: JNode, delta: number): void {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()! as Mutable;
    n.offset += delta;
    if (n.colonOffset !== undefined) n.colonOffset += delta;
    if (n.children) for (const k of n.children) stack.push(k);
  }
}
