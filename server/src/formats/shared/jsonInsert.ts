import type { Node as JNode } from 'jsonc-parser';
import type { FileEdit } from '../../model/fixes';

/**
 * Minimal edits of a JSON file for quick fixes: a value appended to an array or an object, laid out as the items
 * already there are (their line ending, indentation and separators), or a scalar replaced. Each edit is an insertion
 * or replacement at one place: nothing else of the file is rewritten, and building one reads only the lines around
 * it (a fix on a multi-megabyte export costs the size of what it adds, not a re-format of the file).
 */

/** The line break before `at` (CRLF, LF or CR), or undefined when `at` is not the first non-blank of its line. */
function breakBefore(text: string, at: number): { lineStart: number; eol: string } | undefined {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return { lineStart: 0, eol: '\n' };
  const c = text.charCodeAt(i - 1);
  if (c === 10) return { lineStart: i, eol: i > 1 && text.charCodeAt(i - 2) === 13 ? '\r\n' : '\n' };
  if (c === 13) return { lineStart: i, eol: '\r' };
  return undefined;
}

/** The spaces and tabs that start the line holding `at`. */
function indentOf(text: string, at: number): string {
  let s = at;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  let e = s;
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
  return text.slice(s, e);
}

/** `value` as JSON on one line, with the file's separators (`": "` or `":"`, `", "` or `","`). */
function inline(value: unknown, style: InlineStyle): string {
  const { colon, comma, pad } = style;
  if (Array.isArray(value)) return `[${value.map((v) => inline(v, style)).join(comma)}]`;
  if (value !== null && typeof value === 'object') {
    const body = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => JSON.stringify(k) + colon + inline(v, style))
      .join(comma);
    return body && pad ? `{ ${body} }` : `{${body}}`;
  }
  return JSON.stringify(value);
}

interface InlineStyle {
  colon: string;
  comma: string;
  /** `{ "a": 1 }` rather than `{"a": 1}`. */
  pad: boolean;
}

const COMPACT: InlineStyle = { colon: ':', comma: ',', pad: false };

/** How the file writes JSON on one line, read from the start of an item (`sample`): a minified export or `{ "a": 1, "b": 2 }`. */
function styleOf(sample: string): InlineStyle {
  return {
    colon: /":[ \t]/.test(sample) ? ': ' : ':',
    comma: /,[ \t]/.test(sample) ? ', ' : ',',
    pad: /^\{[ \t]/.test(sample),
  };
}

/** `value` pretty-printed as JSON.stringify does, each line after the first indented by `indent`. */
function pretty(value: unknown, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit)
    .split('\n')
    .join(eol + indent);
}

/** The colon as the file writes it after a key (`": "` by default). */
function colonOf(text: string, property: JNode | undefined): string {
  const [key, value] = property?.children ?? [];
  if (!key || !value) return ': ';
  const between = text.slice(key.offset + key.length, value.offset);
  return /^[ \t]*:[ \t]*$/.test(between) ? ':' + between.slice(between.indexOf(':') + 1) : ': ';
}

/**
 * An edit that adds `value` as the last item of the array `container`, or as property `key` of the object
 * `container`. `unitHint` is the file's indentation step, for a container that has no item to copy it from.
 */
export function appendEdit(
  uri: string,
  text: string,
  container: JNode,
  value: unknown,
  key: string | undefined,
  unitHint: string,
): FileEdit {
  const items = container.children ?? [];
  const last = items[items.length - 1];
  const isObject = container.type === 'object';
  const colon = isObject ? colonOf(text, last) : ': ';
  if (last) {
    const end = last.offset + last.length;
    const line = breakBefore(text, last.offset);
    if (line) {
      // Items one a line: a new line with the last item's indentation.
      const indent = text.slice(line.lineStart, last.offset);
      const outer = indentOf(text, container.offset);
      const unit = indent.startsWith(outer) && indent.length > outer.length ? indent.slice(outer.length) : unitHint;
      const head = key !== undefined ? JSON.stringify(key) + colon : '';
      return {
        uri,
        span: { start: end, end },
        newText: `,${line.eol}${indent}${head}${pretty(value, indent, unit, line.eol)}`,
      };
    }
    // Items on one line: separators as the last item writes them.
    const style = styleOf(text.slice(last.offset, Math.min(end, last.offset + 400)));
    const prev = items[items.length - 2];
    const between = prev ? text.slice(prev.offset + prev.length, last.offset) : style.comma;
    const comma = /^[ \t]*,[ \t]*$/.test(between) ? ',' + between.slice(between.indexOf(',') + 1) : style.comma;
    const head = key !== undefined ? JSON.stringify(key) + style.colon : '';
    return { uri, span: { start: end, end }, newText: `${comma}${head}${inline(value, style)}` };
  }
  // An empty container: the value alone between its brackets, on lines of its own in a pretty-printed file (a line
  // break, and a container's line that is not a minified export's single long line), else inline.
  const open = container.offset + 1;
  const close = container.offset + container.length - 1;
  const head = key !== undefined ? JSON.stringify(key) + ': ' : '';
  const eol = shortLineBreak(text, container.offset);
  if (eol) {
    const outer = indentOf(text, container.offset);
    const indent = outer + unitHint;
    return {
      uri,
      span: { start: open, end: close },
      newText: `${eol}${indent}${head}${pretty(value, indent, unitHint, eol)}${eol}${outer}`,
    };
  }
  return { uri, span: { start: open, end: close }, newText: head + inline(value, COMPACT) };
}

/** The line break that ends the line holding `at`, when that line is at most 2,000 characters long. */
function shortLineBreak(text: string, at: number): string | undefined {
  let s = at;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13 && at - s <= 2000) s--;
  let e = at;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13 && e - s <= 2000) e++;
  if (e - s > 2000 || e >= text.length) return undefined;
  return text.charCodeAt(e) === 13 ? (text.charCodeAt(e + 1) === 10 ? '\r\n' : '\r') : '\n';
}

/** An edit that replaces the JSON value `node` with `value`, pretty-printed from its line's indentation in a pretty-printed file. */
export function replaceEdit(uri: string, text: string, node: JNode, value: unknown, unitHint: string): FileEdit {
  const span = { start: node.offset, end: node.offset + node.length };
  const eol = shortLineBreak(text, node.offset);
  if (!eol)
    return {
      uri,
      span,
      newText: inline(value, styleOf(text.slice(node.offset, node.offset + Math.min(node.length, 400)))),
    };
  return { uri, span, newText: pretty(value, indentOf(text, node.offset), unitHint, eol) };
}

/** Edits in file order, an edit that starts where the one before it ends joined to it (one change at one place). */
export function mergeTouching(edits: FileEdit[]): FileEdit[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const out: FileEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.uri === e.uri && last.span.end === e.span.start)
      out[out.length - 1] = {
        uri: e.uri,
        span: { start: last.span.start, end: e.span.end },
        newText: last.newText + e.newText,
      };
    else out.push(e);
  }
  return out;
}

/** The file's indentation step: the indentation of its first indented line (two spaces when none is). */
export function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text.slice(0, 4096));
  return m ? m[1] : '  ';
}

/**
 * Whether the JSON object `text` has `key` among its own (top-level) keys: one pass over the characters, strings
 * skipped (a key written with escapes is not recognised), nothing parsed or allocated.
 */
export function hasRootKey(text: string, key: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      if (depth !== 1) continue;
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) <= 32 || text.charCodeAt(j) === 0xfeff)) j++;
      if (text.charCodeAt(j) === 58 && text.slice(start + 1, i) === key) return true;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return false;
}
