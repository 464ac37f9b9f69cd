/**
 * A light scanner for Kotlin, which has no grammar among the tree-sitter wasm files we ship: string literals
 * (quoted and raw `"""…"""`, with `$name` / `${…}` templates), comments, and expressions read by bracket depth.
 * Linear in the file: one pass for the literals, and each expression is read once from where it starts.
 */

/** A part of a string literal: text with the source offset of each character, or a template expression. */
export type StrPart = { text: string; offsets: number[] } | { expr: string };

export interface KtString {
  start: number;
  end: number;
  parts: StrPart[];
}

export interface KtFile {
  uri: string;
  text: string;
  /** The text with comments blanked and each string literal's content blanked, unless it is a short plain word. */
  code: string;
  /** The text with comments blanked (string contents kept): where handoff patterns are matched. */
  noComments: string;
  strings: Map<number, KtString>;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');
/** A literal kept readable in `code`: a key or role name (`"system"`, `"content"`, `"role"`). */
const PLAIN_WORD = /^[\w./-]{1,30}$/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', '"': '"', "'": "'", '\\': '\\', $: '$' };

export function scanKotlin(uri: string, text: string): KtFile {
  const strings = new Map<number, KtString>();
  let code = '';
  let noComments = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? lineEnd(text, i) : blockCommentEnd(text, i);
      const b = blank(text.slice(i, end));
      code += b;
      noComments += b;
      i = end;
    } else if (c === '"') {
      const s = readString(text, i);
      strings.set(i, s);
      const raw = text.slice(i, s.end);
      const plain = s.parts.length === 1 && 'text' in s.parts[0] && PLAIN_WORD.test(s.parts[0].text);
      // Blanked to one line: a literal's line breaks do not end an expression (expressionEnd).
      code += plain ? raw : `"${' '.repeat(Math.max(0, raw.length - 2))}"`.slice(0, raw.length);
      noComments += raw;
      i = s.end;
    } else if (c === "'") {
      const end = Math.min(text.length, text.indexOf("'", i + (text[i + 1] === '\\' ? 3 : 2)) + 1 || i + 1);
      code += blank(text.slice(i, end));
      noComments += text.slice(i, end);
      i = end;
    } else {
      code += c;
      noComments += c;
      i++;
    }
  }
  return { uri, text, code, noComments, strings };
}

function lineEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

function blockCommentEnd(text: string, i: number): number {
  const n = text.indexOf('*/', i + 2);
  return n < 0 ? text.length : n + 2;
}

/** A quoted or raw string from its opening quote: its parts and the offset after its closing quote(s). */
function readString(text: string, start: number): KtString {
  const raw = text.startsWith('"""', start);
  let i = start + (raw ? 3 : 1);
  const parts: StrPart[] = [];
  let cur = { text: '', offsets: [] as number[] };
  const flush = () => {
    if (cur.text) parts.push(cur);
    cur = { text: '', offsets: [] };
  };
  while (i < text.length) {
    const c = text[i];
    if (raw ? text.startsWith('"""', i) : c === '"') {
      let end = i + (raw ? 3 : 1);
      // A raw string ends at the last quote of a run (`""""` closes with a quote in the text).
      while (raw && text[end] === '"') {
        cur.text += '"';
        cur.offsets.push(end - 3);
        end++;
      }
      flush();
      return { start, end, parts };
    }
    if (!raw && c === '\n') break;
    if (!raw && c === '\\' && i + 1 < text.length) {
      const e = text[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        cur.text += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        cur.offsets.push(i);
        i += 6;
        continue;
      }
      cur.text += ESCAPES[e] ?? e;
      cur.offsets.push(i);
      i += 2;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      const close = matching(text, i + 1);
      flush();
      parts.push({ expr: text.slice(i + 2, close) });
      i = close + 1;
      continue;
    }
    if (c === '$' && /[A-Za-z_]/.test(text[i + 1] ?? '')) {
      const m = /^[A-Za-z_]\w*/.exec(text.slice(i + 1, i + 81))!;
      flush();
      parts.push({ expr: m[0] });
      i += 1 + m[0].length;
      continue;
    }
    cur.text += c;
    cur.offsets.push(i);
    i++;
  }
  flush();
  return { start, end: i, parts };
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The offset of the bracket that closes the one at `open` (the end of the text when it is not closed). */
export function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (OPEN[c]) depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

/**
 * The end of the expression that starts at `start` in blanked code: the first `,`, `;` or closing bracket at depth 0,
 * or a line break that neither the line before (`+`, `=`, `(`) nor the next line (`+`, `.`, `?:`, `else`) continues.
 */
export function expressionEnd(code: string, start: number): number {
  let depth = 0;
  // The last non-blank character so far: a line break asks only what ends the code before it (no re-slice of the
  // whole expression at each of its lines).
  let last = start - 1;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c !== '\n' && !/\s/.test(c)) last = i;
    if (OPEN[c]) depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (c === ',' || c === ';')) return i;
    else if (depth === 0 && c === '\n') {
      const before = code.slice(Math.max(start, last - 5), last + 1);
      const after = code.slice(i + 1, i + 200).trimStart();
      if (/[+=(,&|:]$|\belse$/.test(before) || /^(?:[+.]|\?[.:]|else\b|&&|\|\|)/.test(after)) continue;
      return i;
    }
  }
  return code.length;
}

/** Splits a span of blanked code at `sep` characters at bracket depth 0 (argument lists, `+` joins). */
export function splitTop(code: string, start: number, end: number, sep: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = code[i];
    if (OPEN[c]) depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && c === sep) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end });
  return out;
}
