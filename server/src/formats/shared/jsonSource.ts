import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JNode, type ParseError } from 'jsonc-parser';
import type { MappedText, ParseIssue, SourceRef, Span } from '../../model/types';
import { decodeJsonString } from '../../model/text';

export type { JNode };

export interface JsonSource {
  uri: string;
  text: string;
  root: JNode | undefined;
  issues: ParseIssue[];
}

export function parseJson(uri: string, text: string): JsonSource {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const issues: ParseIssue[] = errors.slice(0, 20).map((e) => ({
    message: `JSON: ${printParseErrorCode(e.error)}`,
    ref: { uri, span: { start: e.offset, end: e.offset + Math.max(1, e.length) } },
    severity: 'error' as const,
  }));
  return { uri, text, root, issues };
}

export function at(node: JNode | undefined, path: (string | number)[]): JNode | undefined {
  return node ? findNodeAtLocation(node, path) : undefined;
}

export function value<T = unknown>(node: JNode | undefined): T | undefined {
  return node ? (getNodeValue(node) as T) : undefined;
}

export function strAt(node: JNode | undefined, path: (string | number)[]): string | undefined {
  const n = at(node, path);
  return n?.type === 'string' ? (n.value as string) : undefined;
}

export function span(node: JNode | undefined): Span {
  return node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: 0 };
}

export function ref(src: JsonSource, node: JNode | undefined): SourceRef {
  return { uri: src.uri, span: span(node) };
}

/** The span of a property's key (`"name"`), the narrowest place to point at an object entry. */
export function keySpanOf(obj: JNode | undefined, key: string): Span | undefined {
  const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === key);
  const k = prop?.children?.[0];
  return k ? { start: k.offset, end: k.offset + k.length } : undefined;
}

export function stringText(src: JsonSource, node: JNode | undefined): MappedText | undefined {
  if (!node || node.type !== 'string') return undefined;
  return decodeJsonString(src.uri, src.text, node.offset, node.offset + node.length);
}

export function items(node: JNode | undefined): JNode[] {
  return node?.type === 'array' ? node.children ?? [] : [];
}

export function props(node: JNode | undefined): [string, JNode][] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).filter((p) => p.children?.length === 2).map((p) => [String(p.children![0].value), p.children![1]]);
}
