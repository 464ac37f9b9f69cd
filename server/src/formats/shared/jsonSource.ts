// JSON with offsets (jsonc-parser): every node keeps its source span. The helpers have the same names as those of
// yamlSource.ts for the same operations (nodeAt, seqItems, mapEntries, spanOf, refOf, keySpan, scalarText).
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node as JNode,
  type ParseError,
} from 'jsonc-parser';
import type { MappedText, ParseIssue, SourceRef, Span } from '../../model/types';
import { decodeJsonString } from '../../model/text';
import { currentLimits, jsonNesting, limitIssue } from '../../input/limits';
import { keepTree, reparseEdited } from './jsonReparse';

export type { JNode };

export interface JsonSource {
  uri: string;
  text: string;
  root: JNode | undefined;
  issues: ParseIssue[];
}

/** Parses JSON within the current limits (depth checked before parsing, nodes after); repeated keys keep the last value. */
export function parseJson(uri: string, text: string): JsonSource {
  const limits = currentLimits();
  const deep = jsonNesting(text, limits.maxDepth);
  if (deep)
    return {
      uri,
      text,
      root: undefined,
      issues: [limitIssue(uri, 'maxDepth', `over ${limits.maxDepth}`, { start: deep.at, end: deep.at + 1 })],
    };
  const reused = reparseEdited(uri, text, limits.maxNodes);
  if (reused) return { uri, text, root: reused, issues: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const issues: ParseIssue[] = errors.slice(0, 20).map((e) => ({
    message: `JSON: ${printParseErrorCode(e.error)}`,
    ref: { uri, span: { start: e.offset, end: e.offset + Math.max(1, e.length) } },
    severity: 'error' as const,
  }));
  const nodes = dropDuplicateProperties(uri, root, issues);
  keepTree(uri, text, root, nodes, !issues.length && nodes <= limits.maxNodes);
  if (nodes > limits.maxNodes)
    return { uri, text, root: undefined, issues: [...issues, limitIssue(uri, 'maxNodes', String(nodes))] };
  return { uri, text, root, issues };
}

/** Keeps the last of repeated keys in every object (as JSON.parse does), reports the others; returns the node count. */
function dropDuplicateProperties(uri: string, root: JNode | undefined, issues: ParseIssue[]): number {
  let count = 0;
  const stack = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    count++;
    const kids = node.children ?? [];
    if (node.type === 'object' && kids.length > 1) {
      const last = new Map<unknown, JNode>();
      for (const p of kids) last.set(p.children?.[0]?.value, p);
      if (last.size < kids.length) {
        for (const p of kids) {
          const key = p.children?.[0];
          if (last.get(key?.value) === p || !key) continue;
          issues.push({
            rule: 'input/duplicate-key',
            message: `The key "${String(key.value)}" appears again later in this object; JSON readers keep only the last one, so this entry is ignored.`,
            ref: { uri, span: { start: key.offset, end: key.offset + key.length } },
            severity: 'warning',
          });
        }
        (node as { children?: JNode[] }).children = kids.filter((p) => last.get(p.children?.[0]?.value) === p);
      }
    }
    for (const k of node.children ?? []) stack.push(k);
  }
  return count;
}

export function nodeAt(node: JNode | undefined, path: (string | number)[]): JNode | undefined {
  return node ? findNodeAtLocation(node, path) : undefined;
}

export function value<T = unknown>(node: JNode | undefined): T | undefined {
  return node ? (getNodeValue(node) as T) : undefined;
}

export function strAt(node: JNode | undefined, path: (string | number)[]): string | undefined {
  const n = nodeAt(node, path);
  return n?.type === 'string' ? (n.value as string) : undefined;
}

export function spanOf(node: JNode | undefined): Span {
  return node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: 0 };
}

export function refOf(src: JsonSource, node: JNode | undefined): SourceRef {
  return { uri: src.uri, span: spanOf(node) };
}

/** The span of a property's key (`"name"`), the narrowest place to point at an object entry. */
export function keySpan(obj: JNode | undefined, key: string): Span | undefined {
  const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === key);
  const k = prop?.children?.[0];
  return k ? { start: k.offset, end: k.offset + k.length } : undefined;
}

export function scalarText(src: JsonSource, node: JNode | undefined): MappedText | undefined {
  if (!node || node.type !== 'string') return undefined;
  return decodeJsonString(src.uri, src.text, node.offset, node.offset + node.length);
}

export function seqItems(node: JNode | undefined): JNode[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** The entries of an object: key, value node and the key's span (as `mapEntries` in yamlSource.ts). */
export function mapEntries(node: JNode | undefined): [string, JNode, Span][] {
  if (node?.type !== 'object') return [];
  return (node.children ?? [])
    .filter((p) => p.children?.length === 2)
    .map((p) => [String(p.children![0].value), p.children![1], spanOf(p.children![0])]);
}
