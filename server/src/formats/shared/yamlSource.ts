// YAML with offsets (yaml): every node keeps its source range. The helpers have the same names as those of
// jsonSource.ts for the same operations (nodeAt, seqItems, mapEntries, spanOf, refOf, keySpan, scalarText).
import { isMap, isScalar, isSeq, parseDocument, type Node as YNode, type Pair, type YAMLMap } from 'yaml';
import type { MappedText, ParseIssue, SourceRef, Span } from '../../model/types';
import { alignToSource, sliceText } from '../../model/text';
import { currentLimits, limitIssue, yamlFlowNesting, type InputLimits } from '../../input/limits';
import { normalizeYamlTree } from '../../input/yamlNormalize';
import { reparseBlockEdit } from './yamlBlockEdit';
import type { YamlSource } from './yamlSourceType';

export type { YamlSource };

/** Options that keep hostile YAML cheap; aliases are counted and expanded by normalizeYamlTree. */
export const YAML_OPTIONS = { maxAliasCount: 50, prettyErrors: false, uniqueKeys: false, strict: false } as const;

/**
 * The yaml library ends lines at LF and CRLF only: a lone CR (classic Mac line endings) would make a whole
 * file one line. It is read as LF; the length is the same, so every offset and range still points into the
 * original text (which edits and line numbers use).
 */
export function yamlLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Parses YAML within the current limits: too deep flow nesting is refused before parsing, and
 * the tree is normalised (last-wins duplicate keys, aliases expanded) or dropped past a limit.
 */
/**
 * The last parse, for the next read of the same text: a file's adapter parses it, then the finding assembly's
 * suppression anchors read it again (two whole parses of an edited 2,500-line prompt.yml per edit before perf7).
 * Nothing changes a parsed tree after `parseYaml` returns it.
 */
let lastParse: { uri: string; text: string; limits: InputLimits; src: YamlSource } | undefined;

const sameLimits = (a: InputLimits, b: InputLimits) =>
  a === b ||
  (a.maxDepth === b.maxDepth &&
    a.maxAliases === b.maxAliases &&
    a.maxNodes === b.maxNodes &&
    a.maxFileBytes === b.maxFileBytes);

export function parseYaml(uri: string, text: string): YamlSource {
  const limits = currentLimits();
  const last = lastParse;
  const sameFile = last && last.uri === uri && sameLimits(last.limits, limits);
  if (sameFile && last.text === text) return last.src;
  // An edit inside one line of a literal block scalar (a long prompt) moves the last parse's tree (yamlBlockEdit.ts).
  const edited = sameFile && !yamlFlowNesting(text, limits.maxDepth) ? reparseBlockEdit(last.src, text) : undefined;
  const src = edited ?? parseYamlText(uri, text);
  lastParse = { uri, text, limits, src };
  return src;
}

function parseYamlText(uri: string, text: string): YamlSource {
  const deep = yamlFlowNesting(text, currentLimits().maxDepth);
  if (deep)
    return {
      uri,
      text,
      doc: parseDocument('', YAML_OPTIONS),
      issues: [limitIssue(uri, 'maxDepth', `over ${currentLimits().maxDepth}`, { start: deep.at, end: deep.at + 1 })],
    };
  const doc = parseDocument(yamlLineBreaks(text), YAML_OPTIONS);
  const issues: ParseIssue[] = [];
  for (const e of doc.errors) {
    issues.push({
      message: `YAML: ${firstLine(e.message)}`,
      ref: { uri, span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) } },
      severity: 'error',
    });
  }
  const normal = normalizeYamlTree(uri, doc.contents);
  issues.push(...normal.issues);
  if (!normal.ok) doc.contents = null;
  return { uri, text, doc, issues };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

export type Path = (string | number)[];

/** The node at a path, or undefined. Never resolves aliases (they are reported, not expanded). */
export function nodeAt(src: YamlSource | YNode | null | undefined, path: Path): YNode | undefined {
  let cur: unknown = src && 'doc' in (src as YamlSource) ? (src as YamlSource).doc.contents : src;
  for (const key of path) {
    if (isMap(cur)) cur = pairOf(cur, key)?.value;
    else if (isSeq(cur) && typeof key === 'number') cur = cur.get(key, true);
    else return undefined;
  }
  return (cur ?? undefined) as YNode | undefined;
}

export function spanOf(node: YNode | undefined | null, fallback: Span = { start: 0, end: 0 }): Span {
  return node?.range ? { start: node.range[0], end: node.range[1] } : fallback;
}

export function refOf(src: YamlSource, node: YNode | undefined | null): SourceRef {
  return { uri: src.uri, span: spanOf(node) };
}

/** Span of the key of `key` inside a map node (the narrowest range for "this entry"). */
export function keySpan(map: YNode | undefined, key: string): Span | undefined {
  if (!isMap(map)) return undefined;
  const k = pairOf(map, key)?.key as YNode | null | undefined;
  return isScalar(k) && k.range ? { start: k.range[0], end: k.range[1] } : undefined;
}

/** Per map, its pairs by key value (the last one of a repeated key, as yaml's `get` finds after normalising). */
const pairIndexes = new WeakMap<YAMLMap, { size: number; byKey: Map<unknown, Pair> }>();

/**
 * The pair of `key` in a map. Looked up in an index built once per map (rebuilt if the map's size changed):
 * one lookup per key of a map with many keys (a config with thousands of unknown keys, one issue each) would
 * otherwise scan the map every time.
 */
function pairOf(map: YAMLMap, key: unknown): Pair | undefined {
  if (map.items.length < 16) return map.items.find((p) => p.key === key || (isScalar(p.key) && p.key.value === key));
  let ix = pairIndexes.get(map);
  if (!ix || ix.size !== map.items.length) {
    const byKey = new Map<unknown, Pair>();
    for (const p of map.items) {
      const k = isScalar(p.key) ? p.key.value : p.key;
      if (!byKey.has(k)) byKey.set(k, p);
    }
    pairIndexes.set(map, (ix = { size: map.items.length, byKey }));
  }
  return ix.byKey.get(key);
}

export function str(node: YNode | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' ? v : v === null || v === undefined ? undefined : String(v);
}

export function bool(node: YNode | undefined): boolean | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value === 'string')
    return /^(true|yes|on)$/i.test(node.value) ? true : /^(false|no|off)$/i.test(node.value) ? false : undefined;
  return undefined;
}

/** A string scalar as decoded text mapped back to its source. */
export function scalarText(src: YamlSource, node: YNode | undefined): MappedText | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  if (node.type === 'PLAIN' && src.text.slice(start, end) === node.value)
    return sliceText(src.uri, src.text, start, end);
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    const inner = src.text.slice(start + 1, end - 1);
    if (inner === node.value) return sliceText(src.uri, src.text, start + 1, end - 1);
  }
  return alignToSource(src.uri, node.value, src.text, start, end);
}

export function mapEntries(node: YNode | undefined): [string, YNode | undefined, Span | undefined][] {
  if (!isMap(node)) return [];
  return node.items.map((p) => {
    const k = p.key as YNode | null;
    const name = isScalar(k) ? String(k.value) : '';
    return [
      name,
      (p.value ?? undefined) as YNode | undefined,
      k?.range ? { start: k.range[0], end: k.range[1] } : undefined,
    ];
  });
}

export function seqItems(node: YNode | undefined): YNode[] {
  return isSeq(node) ? (node.items as YNode[]) : [];
}
