import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Node as YNode, type Pair } from 'yaml';
import type { ParseIssue } from '../model/types';
import { currentLimits, limitIssue } from './limits';

type Parent = { items: unknown[] };

/**
 * Makes a parsed YAML tree read as the platforms read it, within the current limits:
 * a repeated key keeps its last value (as PyYAML and JSON.parse do) and is reported, and every
 * alias is replaced by the node it names, so analysis sees aliased text. Returns the issues; when
 * a limit is passed the caller drops the tree (`ok: false`).
 */
export function normalizeYamlTree(uri: string, root: unknown): { ok: boolean; issues: ParseIssue[] } {
  const limits = currentLimits();
  const issues: ParseIssue[] = [];
  const anchors = new Map<string, YNode>();
  const aliases: { alias: Alias; parent: Parent | Pair; slot: number | 'key' | 'value'; target?: YNode }[] = [];
  let nodes = 0;
  // Iterative pre-order walk (document order, so an alias sees the anchors defined before it).
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (++nodes > limits.maxNodes) return fail(limitIssue(uri, 'maxNodes', `over ${limits.maxNodes}`, span(node)));
    if (depth > limits.maxDepth) return fail(limitIssue(uri, 'maxDepth', `over ${limits.maxDepth}`, span(node)));
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor && !isAlias(node)) anchors.set(anchor, node as YNode);
    if (isAlias(node)) continue;
    if (isMap(node)) dropDuplicateKeys(uri, node.items as Pair[], issues);
    if (isMap(node) || isSeq(node)) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isAlias(item)) aliases.push({ alias: item, parent: node as Parent, slot: i });
        if (isPair(item)) {
          if (isAlias(item.value)) aliases.push({ alias: item.value, parent: item, slot: 'value' });
          if (isAlias(item.key)) aliases.push({ alias: item.key as Alias, parent: item, slot: 'key' });
          stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  if (!aliases.length) return { ok: true, issues };
  if (aliases.length > limits.maxAliases)
    return fail(limitIssue(uri, 'maxAliases', String(aliases.length), span(aliases[0].alias)));
  // Aliases were collected in reverse document order per parent; resolve against the anchor defined before each.
  for (const a of aliases) a.target = resolve(a.alias, anchors, root);
  let expanded: number | undefined;
  try {
    expanded = expandedSize(root, new Map(), new Set(), aliases);
  } catch {
    return fail(limitIssue(uri, 'maxDepth', 'aliases nested over the stack of', span(aliases[0].alias)));
  }
  if (expanded === undefined)
    return fail({
      message: 'A YAML alias refers to the node that contains it (a cycle), so the file cannot be read.',
      ref: { uri, span: span(aliases[0].alias) },
      severity: 'error',
    });
  if (expanded > limits.maxNodes) return fail(limitIssue(uri, 'maxNodes', String(expanded), span(aliases[0].alias)));
  for (const a of aliases) {
    if (!a.target) continue;
    if (a.slot === 'key' || a.slot === 'value') (a.parent as Pair)[a.slot] = a.target;
    else (a.parent as Parent).items[a.slot] = a.target;
  }
  return { ok: true, issues };

  function fail(issue: ParseIssue) {
    return { ok: false, issues: [...issues, issue] };
  }
}

function span(node: unknown) {
  const r = (node as { range?: [number, number, number] | null }).range;
  return r ? { start: r[0], end: Math.max(r[1], r[0] + 1) } : { start: 0, end: 1 };
}

/** The anchored node an alias names: the last anchor of that name before the alias in the text. */
function resolve(alias: Alias, anchors: Map<string, YNode>, root: unknown): YNode | undefined {
  const target = anchors.get(alias.source);
  if (!target) return undefined;
  const at = alias.range?.[0] ?? 0;
  const tr = (target as { range?: [number, number, number] }).range;
  if (!tr || tr[0] <= at) return target;
  // Redefined later in the file: find the definition before the alias (rare; linear walk).
  let best: YNode | undefined;
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop() as {
      anchor?: string;
      range?: number[];
      items?: unknown[];
      key?: unknown;
      value?: unknown;
    } | null;
    if (!n || typeof n !== 'object') continue;
    if (
      n.anchor === alias.source &&
      !isAlias(n) &&
      n.range &&
      n.range[0] < at &&
      (!best || (best.range?.[0] ?? 0) < n.range[0])
    )
      best = n as YNode;
    if (Array.isArray(n.items)) stack.push(...n.items);
    if (isPair(n)) stack.push(n.key, n.value);
  }
  return best;
}

/** Node count once aliases are expanded, memoised per node; undefined on a cycle. */
function expandedSize(
  root: unknown,
  memo: Map<unknown, number>,
  open: Set<unknown>,
  aliases: { alias: Alias; target?: YNode }[],
): number | undefined {
  const targets = new Map(aliases.map((a) => [a.alias as unknown, a.target as unknown]));
  const limit = currentLimits().maxNodes;
  const size = (node: unknown): number | undefined => {
    if (!node || typeof node !== 'object') return 0;
    if (isAlias(node)) return targets.has(node) ? size(targets.get(node)) : 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return undefined;
    open.add(node);
    let total = 1;
    const kids: unknown[] = isPair(node)
      ? [node.key, node.value]
      : isMap(node) || isSeq(node)
        ? (node.items as unknown[])
        : [];
    for (const k of kids) {
      const s = size(k);
      if (s === undefined) return undefined;
      total += s;
      if (total > limit) break;
    }
    open.delete(node);
    memo.set(node, total);
    return total;
  };
  return size(root);
}

/** Keeps the last pair of each repeated scalar key (in place) and reports the earlier ones. */
export function dropDuplicateKeys(uri: string, pairs: Pair[], issues: ParseIssue[]): void {
  if (pairs.length < 2) return;
  const last = new Map<unknown, number>();
  pairs.forEach((p, i) => {
    if (isScalar(p.key)) last.set(p.key.value, i);
  });
  if (last.size === pairs.length) return;
  const kept: Pair[] = [];
  pairs.forEach((p, i) => {
    if (!isScalar(p.key) || last.get(p.key.value) === i) return void kept.push(p);
    issues.push({
      rule: 'input/duplicate-key',
      message: `The key '${String(p.key.value)}' appears again later in this mapping; YAML readers keep only the last one, so this entry is ignored.`,
      ref: { uri, span: span(p.key) },
      severity: 'warning',
    });
  });
  pairs.length = 0;
  pairs.push(...kept);
}
