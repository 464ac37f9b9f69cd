import type { PromptUnit } from '../../model/types';
import { eolOf, lineBounds, trimmedEnd } from '../../model/text';
import type { FileEdit } from '../../model/fixes';

/** Encodes lines for the place the prompt is stored (raw text, JSON string, YAML block scalar). */
function encode(
  unit: PromptUnit,
  source: string,
  at: number,
  lines: string[],
  position: 'start' | 'end',
): FileEdit | undefined {
  const { uri, encoding = 'raw' } = unit.text;
  if (encoding === 'json-string') {
    const body = position === 'start' ? `${lines.join('\n')}\n\n` : `\n\n${lines.join('\n')}`;
    return { uri, span: { start: at, end: at }, newText: JSON.stringify(body).slice(1, -1) };
  }
  const eol = eolOf(source);
  if (encoding === 'yaml-scalar') {
    // The lines around the prompt only (no index of the whole file per prompt: quadratic with many prompts).
    const first = unit.text.toSource(0);
    const indent = source.slice(lineBounds(source, first).start, first);
    if (!/^[ \t]+$/.test(indent)) return undefined; // not a block scalar: a multi-line insert would break it
    if (position === 'start')
      return {
        uri,
        span: { start: at, end: at },
        newText: `${lines.join(`${eol}${indent}`)}${eol}${indent}${eol}${indent}`,
      };
    const around = lineBounds(source, at);
    const insertAt = around.start === at ? at : around.end;
    const lead = insertAt === at ? '' : eol;
    return {
      uri,
      span: { start: insertAt, end: insertAt },
      newText: `${lead}${indent}${eol}${lines.map((l) => indent + l).join(eol)}${eol}`,
    };
  }
  if (position === 'start') return { uri, span: { start: at, end: at }, newText: `${lines.join(eol)}${eol}${eol}` };
  const prev = source.charCodeAt(at - 1);
  const lead = prev === 10 || prev === 13 ? '' : eol;
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
  const trimmedLength = trimmedEnd(unit.text.text);
  if (unit.text.encoding === 'yaml-scalar')
    return encode(unit, source, unit.text.toSource(unit.text.text.length), lines, 'end');
  // The end of a JSON string token is its closing quote: insert before it, never inside an escape.
  if (unit.text.encoding === 'json-string')
    return encode(unit, source, unit.text.toSource(unit.text.text.length) - 1, lines, 'end');
  const at = trimmedLength ? unit.text.toSource(trimmedLength - 1) + 1 : unit.text.toSource(0);
  return encode(unit, source, at, lines, 'end');
}

/** Replaces the prompt line holding text offset `offset` with `line`. */
export function replacePromptLine(unit: PromptUnit, offset: number, line: string): FileEdit | undefined {
  if (unit.implicit || unit.nested || unit.text.encoding === 'json-string') return undefined;
  const t = unit.text.text;
  const { start: s, end: e } = lineBounds(t, offset);
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

/**
 * Formatting options for jsonc-parser's modify(), or none for a file with very long lines: it
 * re-formats the whole changed line and applies each formatting edit by copying the text, which is
 * quadratic on a minified one-line export (a 250 KB n8n file took minutes).
 */
export function formattingFor<T>(text: string, options: T): T | undefined {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === 10 || c === 13 ? 0 : run + 1;
    if (run > 2000) return undefined;
  }
  return options;
}
