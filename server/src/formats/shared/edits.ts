import type { PromptUnit } from '../../model/types';
import { LineIndex } from '../../model/text';
import type { FileEdit } from '../../model/fixes';

/** Encodes lines for the place the prompt is stored (raw text, JSON string, YAML block scalar). */
function encode(unit: PromptUnit, source: string, at: number, lines: string[], position: 'start' | 'end'): FileEdit | undefined {
  const { uri, encoding = 'raw' } = unit.text;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  if (encoding === 'json-string') {
    const body = position === 'start' ? `${lines.join('\n')}\n\n` : `\n\n${lines.join('\n')}`;
    return { uri, span: { start: at, end: at }, newText: JSON.stringify(body).slice(1, -1) };
  }
  if (encoding === 'yaml-scalar') {
    const index = new LineIndex(source);
    const line = index.position(unit.text.toSource(0)).line;
    const lineStart = index.lineStart(line);
    const indent = source.slice(lineStart, unit.text.toSource(0));
    if (!/^[ \t]+$/.test(indent)) return undefined; // not a block scalar: a multi-line insert would break it
    if (position === 'start') return { uri, span: { start: at, end: at }, newText: `${lines.join(`\n${indent}`)}\n${indent}\n${indent}` };
    const endLine = index.position(at).line;
    const insertAt = index.lineStart(endLine) === at ? at : index.lineEnd(endLine);
    const lead = insertAt === at ? '' : '\n';
    return { uri, span: { start: insertAt, end: insertAt }, newText: `${lead}${indent}\n${lines.map((l) => indent + l).join('\n')}\n` };
  }
  if (position === 'start') return { uri, span: { start: at, end: at }, newText: `${lines.join(eol)}${eol}${eol}` };
  const before = source.slice(0, at);
  const lead = before.endsWith('\n') ? '' : eol;
  return { uri, span: { start: at, end: at }, newText: `${lead}${eol}${lines.join(eol)}${eol}` };
}

/** Inserts lines before the first non-blank character of the prompt. */
export function insertAtPromptStart(unit: PromptUnit, source: string, lines: string[]): FileEdit | undefined {
  if (unit.implicit || unit.nested) return undefined;
  const first = unit.text.text.search(/\S/);
  return encode(unit, source, unit.text.toSource(Math.max(0, first)), lines, 'start');
}

/** Appends lines after the last non-blank character of the prompt. */
export function insertAtPromptEnd(unit: PromptUnit, source: string, lines: string[]): FileEdit | undefined {
  if (unit.implicit || unit.nested) return undefined;
  const trimmed = unit.text.text.replace(/\s+$/, '');
  if (unit.text.encoding === 'yaml-scalar') return encode(unit, source, unit.text.toSource(unit.text.text.length), lines, 'end');
  // The end of a JSON string token is its closing quote: insert before it, never inside an escape.
  if (unit.text.encoding === 'json-string') return encode(unit, source, unit.text.toSource(unit.text.text.length) - 1, lines, 'end');
  const at = trimmed.length ? unit.text.toSource(trimmed.length - 1) + 1 : unit.text.toSource(0);
  return encode(unit, source, at, lines, 'end');
}

/** Replaces the prompt line holding text offset `offset` with `line`. */
export function replacePromptLine(unit: PromptUnit, offset: number, line: string): FileEdit | undefined {
  if (unit.implicit || unit.nested || unit.text.encoding === 'json-string') return undefined;
  const t = unit.text.text;
  const s = t.lastIndexOf('\n', offset - 1) + 1;
  let e = t.indexOf('\n', offset);
  if (e < 0) e = t.length;
  if (t[e - 1] === '\r') e--;
  const lead = /^[ \t]*(?:[-*]|\d+[.)])?[ \t]*/.exec(t.slice(s, e))?.[0] ?? '';
  const start = unit.text.toSource(s + lead.length);
  const end = unit.text.toSource(e - 1) + 1;
  if (end <= start) return undefined;
  return { uri: unit.text.uri, span: { start, end }, newText: line };
}

/** One minimal edit that turns `before` into `after` (common prefix and suffix kept). */
export function diffEdit(uri: string, before: string, after: string): FileEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { uri, span: { start: p, end: before.length - s }, newText: after.slice(p, after.length - s) };
}
