import { lastAtMost } from './sortedSearch';
import type { MappedText } from './types';

/** Offset ↔ 0-based line/character for one text; lines end at LF, CRLF or a lone CR (as in LSP). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    // Without a CR, lines end at each LF: found by indexOf (a native scan), not one charCodeAt per character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  get lineCount(): number {
    return this.starts.length;
  }
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lo = lastAtMost(this.starts, o);
    // An offset inside a CRLF pair maps to the end of the line's content, never past it.
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - this.starts[lo] };
  }
  offset(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[Math.max(0, line)] + character, this.lineEnd(line));
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** Offset of the end of the line's content (before \r\n, \n or \r). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return next > 0 && this.text.charCodeAt(next - 1) === 13 && next - 1 >= this.lineStart(line) ? next - 1 : next;
  }
}

/**
 * The line index of a text, shared by the callers that place one lint's findings (the findings of the file, the
 * hover lines of its prompts): the last few texts' indexes are kept, so an edit builds one, not one per caller.
 */
export function lineIndexOf(text: string): LineIndex {
  const hit = recentIndexes.find((ix) => ix.text === text);
  if (hit) return hit;
  const index = new LineIndex(text);
  recentIndexes.unshift(index);
  if (recentIndexes.length > RECENT_INDEXES) recentIndexes.pop();
  return index;
}

/** Texts of one lint: the file's and, for a project, a linked prompt's or the sibling a finding points to. */
const RECENT_INDEXES = 4;
const recentIndexes: LineIndex[] = [];

/** A slice of the source used as-is. */
export function sliceText(uri: string, source: string, start: number, end: number): MappedText {
  return { uri, text: source.slice(start, end), toSource: (i) => start + Math.min(i, end - start) };
}

/** The part `[start, end)` of a mapped text, still mapped to the same source. */
export function subMapped(t: MappedText, start: number, end: number): MappedText {
  return {
    uri: t.uri,
    text: t.text.slice(start, end),
    encoding: t.encoding,
    toSource: (i) => t.toSource(start + Math.min(i, end - start)),
  };
}

/**
 * A template with its slots filled: each match of `slot` (group 1 = the slot's name) for which `valueOf` gives a
 * text is replaced by it; each character keeps its own source offset. The same object when no slot was filled.
 */
export function fillMapped(t: MappedText, slot: RegExp, valueOf: (name: string) => MappedText | undefined): MappedText {
  const parts: MappedText[] = [];
  let last = 0;
  for (const m of t.text.matchAll(slot)) {
    const v = valueOf(m[1]);
    if (!v) continue;
    parts.push(subMapped(t, last, m.index), v);
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return t;
  parts.push(subMapped(t, last, t.text.length));
  return concatMapped(parts);
}

/** One MappedText over several JSON strings of one file, joined by newlines; each character maps into its own string. */
export function joinMapped(uri: string, parts: MappedText[]): MappedText {
  if (parts.length === 1) return parts[0];
  const starts: number[] = [];
  let text = '';
  parts.forEach((p, k) => {
    if (k) text += '\n';
    starts.push(text.length);
    text += p.text;
  });
  return {
    uri,
    text,
    encoding: 'json-string',
    toSource(i: number) {
      let k = parts.length - 1;
      while (k > 0 && i < starts[k]) k--;
      return parts[k].toSource(Math.min(i - starts[k], parts[k].text.length));
    },
  };
}

/**
 * Mapped texts read as one (a template with its slots filled, instructions kept in several strings): each
 * character keeps its own source offset. The parts must come from the same file.
 */
export function concatMapped(parts: MappedText[]): MappedText {
  if (parts.length === 1) return parts[0];
  const offsets: number[] = [];
  let text = '';
  for (const p of parts) {
    for (let j = 0; j < p.text.length; j++) offsets.push(p.toSource(j));
    text += p.text;
  }
  const last = parts[parts.length - 1];
  return fromOffsets(parts[0].uri, text, offsets, last.toSource(last.text.length));
}

/** Builds a MappedText from (decoded index → source offset) pairs recorded while decoding. */
export function fromOffsets(uri: string, text: string, offsets: Int32Array | number[], end: number): MappedText {
  return { uri, text, toSource: (i) => (i < offsets.length ? offsets[i] : end) };
}

/**
 * Decodes the JSON string token starting at `start` (the opening quote) and keeps, for every
 * decoded character, the offset of its first source character.
 */
export function decodeJsonString(uri: string, source: string, start: number, end: number): MappedText {
  const base = start + 1;
  // A view of the token's content (V8 slices share memory), so searches stop at its end.
  const raw = source.slice(base, end - 1);
  if (!raw.includes('\\')) return { ...sliceText(uri, source, base, end - 1), encoding: 'json-string' };
  const parts: string[] = [];
  const offsets = new Int32Array(raw.length);
  let n = 0;
  let i = 0;
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    b: '\b',
    f: '\f',
    '"': '"',
    '\\': '\\',
    '/': '/',
  };
  while (i < raw.length) {
    const next = raw.indexOf('\\', i);
    const runEnd = next < 0 ? raw.length : next;
    if (runEnd > i) {
      parts.push(raw.slice(i, runEnd));
      for (let k = i; k < runEnd; k++) offsets[n++] = base + k;
      i = runEnd;
      continue;
    }
    const e = raw[i + 1];
    if (e === 'u') {
      parts.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16) || 0xfffd));
      offsets[n++] = base + i;
      i += 6;
    } else {
      parts.push(simple[e] ?? e ?? '');
      offsets[n++] = base + i;
      i += 2;
    }
  }
  return { ...fromOffsets(uri, parts.join(''), offsets.subarray(0, n), end), encoding: 'json-string' };
}

/**
 * Maps a value decoded by a YAML parser (block, folded or quoted scalar) back to its source
 * range by finding each decoded line, in order, inside the source range. Lines that cannot
 * be found (escapes, folding) map to the start of the nearest found line.
 */
export function alignToSource(uri: string, decoded: string, source: string, start: number, end: number): MappedText {
  const lineStarts: number[] = [];
  const srcStarts: number[] = [];
  let cursor = start;
  let pos = 0;
  for (const line of decoded.split('\n')) {
    const probe = line.trim();
    const lead = line.length - line.trimStart().length;
    let at = -1;
    if (probe) {
      const found = source.indexOf(probe, cursor);
      if (found >= 0 && found < end) at = found - lead;
    }
    lineStarts.push(pos);
    srcStarts.push(at >= 0 ? at : -1);
    if (at >= 0) cursor = at + lead + probe.length;
    else if (probe) return alignByChars(uri, decoded, source, start, end);
    pos += line.length + 1;
  }
  return {
    uri,
    text: decoded,
    encoding: 'yaml-scalar',
    toSource(i: number): number {
      if (i >= decoded.length) return end;
      const lo = lastAtMost(lineStarts, i);
      for (let l = lo; l >= 0; l--) {
        if (srcStarts[l] >= 0) return l === lo ? Math.min(srcStarts[l] + (i - lineStarts[l]), end) : srcStarts[l];
      }
      return start;
    },
  };
}

/**
 * Folded scalars (a plain or quoted YAML string over several lines) join source lines with spaces:
 * map each decoded character to the next equal source character, whitespace to where it falls.
 */
function alignByChars(uri: string, decoded: string, source: string, start: number, end: number): MappedText {
  const map = new Int32Array(decoded.length);
  let c = start;
  for (let i = 0; i < decoded.length; i++) {
    const ch = decoded[i];
    if (!/\s/.test(ch)) {
      let k = c;
      while (k < end && source[k] !== ch && /\s/.test(source[k])) k++;
      if (source[k] === ch) c = k;
      else {
        // Escapes and the like: look a little further before giving up on exactness.
        const found = source.indexOf(ch, c);
        if (found >= 0 && found < end && found - c < 8) c = found;
      }
      map[i] = c;
      if (c < end) c++;
    } else map[i] = c;
  }
  return { uri, text: decoded, encoding: 'yaml-scalar', toSource: (i) => (i >= decoded.length ? end : map[i]) };
}

/** Start and end (before its line break) of the line of `text` holding `offset`; any line-ending style. */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start, end };
}

/** The line break a text uses: CRLF, a lone CR (classic Mac) or LF. */
export function eolOf(text: string): string {
  const i = text.search(/\r\n?|\n/);
  return i < 0 ? '\n' : text[i] === '\n' ? '\n' : text[i + 1] === '\n' ? '\r\n' : '\r';
}

/** Length of `text` without its trailing whitespace (a backwards scan: linear, unlike /\s+$/). */
export function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
