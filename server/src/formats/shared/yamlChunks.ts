import { Document, isMap, Pair, parseDocument, Scalar, YAMLMap, type Node as YNode, type YAMLError } from 'yaml';
import type { ParseIssue } from '../../model/types';
import { parseYaml, YAML_OPTIONS, yamlLineBreaks, type YamlSource } from './yamlSource';
import { dropDuplicateKeys, normalizeYamlTree } from '../../input/yamlNormalize';

/**
 * Incremental parsing for large block-style YAML (a Rasa flows.yml or domain.yml of thousands of
 * lines): the file is cut at its second-level keys, each piece is parsed on its own and cached by
 * its text, and the pieces are joined into one document with file offsets. An edit re-parses one
 * piece. Files with anchors, aliases, tags, flow collections at the top or tabs take the full parser.
 */
const MIN_SIZE = 16 * 1024;
const UNSAFE = /(^|[\s[{,])[&*!][^\s]|^(---|\.\.\.|%)|\t/m;
const TOP_BLOCK_KEY = /^([A-Za-z_][\w-]*):[ \t]*(#.*)?$/;
const TOP_INLINE_KEY = /^([A-Za-z_][\w-]*):[ \t]+\S/;
const SECOND_KEY = /^ {2}[^\s#-]/;

interface Piece {
  nodes: YNode[];
  errors: YAMLError[];
  /** Repeated keys inside the piece (kept last-wins), shifted with the nodes. */
  dups: ParseIssue[];
  /** The shift currently applied to the nodes' ranges. */
  shift: number;
}

export class YamlChunkCache {
  private pieces = new Map<string, Piece>();
  private generation = new Set<string>();

  private last: YamlSource | undefined;

  parse(uri: string, text: string): YamlSource {
    if (this.last?.text === text && this.last.uri === uri) return this.last;
    return (this.last = this.parseFresh(uri, text));
  }

  private parseFresh(uri: string, text: string): YamlSource {
    if (text.length < MIN_SIZE || UNSAFE.test(text)) return parseYaml(uri, text);
    const sections = splitSections(text);
    if (!sections) return parseYaml(uri, text);
    this.generation = new Set();
    const root = new YAMLMap();
    const errors: YAMLError[] = [];
    const dups: ParseIssue[] = [];
    for (const s of sections) {
      const key = new Scalar(s.key);
      key.range = [s.start, s.start + s.key.length, s.start + s.key.length];
      if (!s.chunks) {
        const piece = this.piece(uri, text.slice(s.start, s.end), s.start, 0);
        errors.push(...piece.errors);
        dups.push(...piece.dups.map((d) => ({ ...d })));
        const map = piece.nodes[0];
        if (isMap(map) && map.items[0]) root.items.push(map.items[0] as Pair);
        continue;
      }
      const inner = new YAMLMap();
      const header = `${s.key}:\n`;
      for (const [cs, ce] of s.chunks) {
        const piece = this.piece(uri, header + text.slice(cs, ce), cs, header.length);
        errors.push(...piece.errors);
        dups.push(...piece.dups.map((d) => ({ ...d })));
        const outer = piece.nodes[0];
        const value = isMap(outer) ? (outer.items[0]?.value as YNode | undefined) : undefined;
        if (isMap(value)) inner.items.push(...(value.items as Pair[]));
      }
      const first = s.chunks[0][0];
      const last = s.chunks[s.chunks.length - 1][1];
      inner.range = [first, last, last];
      dropDuplicateKeys(uri, inner.items as Pair[], dups);
      root.items.push(new Pair(key, inner));
    }
    root.range = [0, text.length, text.length];
    dropDuplicateKeys(uri, root.items as Pair[], dups);
    for (const k of this.pieces.keys()) if (!this.generation.has(k)) this.pieces.delete(k);
    const doc = new Document() as unknown as Document.Parsed;
    doc.contents = root as unknown as Document.Parsed['contents'];
    (doc as { errors: YAMLError[] }).errors = errors;
    const issues: ParseIssue[] = errors.map((e) => ({
      message: `YAML: ${e.message.split('\n')[0]}`,
      ref: { uri, span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) } },
      severity: 'error',
    }));
    issues.push(...dups);
    return { uri, text, doc, issues };
  }

  /** Parses `source` (a piece whose content starts at file offset `at`, after `prefix` chars), cached. */
  private piece(uri: string, source: string, at: number, prefix: number): Piece {
    const shift = at - prefix;
    this.generation.add(source);
    let p = this.pieces.get(source);
    if (!p) {
      const doc = parseDocument(yamlLineBreaks(source), YAML_OPTIONS);
      const dups = normalizeYamlTree(uri, doc.contents).issues;
      p = { nodes: doc.contents ? [doc.contents as YNode] : [], errors: doc.errors, dups, shift: 0 };
      this.pieces.set(source, p);
    }
    const delta = shift - p.shift;
    if (delta) {
      for (const n of p.nodes) shiftRanges(n, delta);
      for (const e of p.errors) e.pos = [e.pos[0] + delta, e.pos[1] + delta];
      for (const d of p.dups)
        d.ref = { uri: d.ref.uri, span: { start: d.ref.span.start + delta, end: d.ref.span.end + delta } };
      p.shift = shift;
    }
    return p;
  }
}

/** Moves every range of a parsed piece by `delta` (a plain walk: yaml's visit() is too slow for this). */
function shiftRanges(node: unknown, delta: number): void {
  if (!node || typeof node !== 'object') return;
  const n = node as { range?: [number, number, number] | null; items?: unknown[]; key?: unknown; value?: unknown };
  // In place: a new array per node per edit was most of an edit's garbage (the nodes belong to this cache only).
  if (n.range) for (let i = 0; i < n.range.length; i++) n.range[i] += delta;
  if (Array.isArray(n.items)) for (const item of n.items) shiftRanges(item, delta);
  // A Pair has key and value but no range; a Scalar's value is not a node.
  if ('key' in n) shiftRanges(n.key, delta);
  if ('key' in n && 'value' in n) shiftRanges(n.value, delta);
}

interface Section {
  key: string;
  start: number;
  end: number;
  chunks?: [number, number][];
}

/** Top-level keys with their second-level pieces; undefined when the file is not plain block style. */
function splitSections(text: string): Section[] | undefined {
  const sections: Section[] = [];
  let offset = 0;
  let current: Section | undefined;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    if (!/^\s/.test(line)) {
      if (current) current.end = start;
      const block = TOP_BLOCK_KEY.exec(line);
      const inline = block ? null : TOP_INLINE_KEY.exec(line);
      if (!block && !inline) return undefined;
      current = { key: (block ?? inline)![1], start, end: text.length, chunks: block ? [] : undefined };
      sections.push(current);
      continue;
    }
    if (!current) return undefined;
    if (current.chunks && SECOND_KEY.test(line)) {
      const open = current.chunks[current.chunks.length - 1];
      if (open) open[1] = start;
      current.chunks.push([start, text.length]);
    } else if (current.chunks && !current.chunks.length) return undefined;
  }
  for (const s of sections) {
    if (s.chunks?.length) s.chunks[s.chunks.length - 1][1] = Math.min(s.chunks[s.chunks.length - 1][1], s.end);
    if (s.chunks && !s.chunks.length) s.chunks = undefined;
  }
  return sections.length ? sections : undefined;
}
