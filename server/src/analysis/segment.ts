/**
 * Document structure over the normalised text: lines (Markdown headings, list items, block quotes,
 * code fences), sentences and quoted stretches, all projected onto tokens.
 */

import type { Token } from './tokenize';

export type LineKind = 'blank' | 'heading' | 'list' | 'quote' | 'fence' | 'text';

export interface Line {
  start: number;
  end: number;
  kind: LineKind;
  /** Markdown heading level, or 7 for a short "Label:" line acting as a heading. */
  level: number;
  /** Token range [firstTok, endTok). */
  firstTok: number;
  endTok: number;
  /** Line ends with a colon (introduces a list or a reply). */
  colon: boolean;
}

/** The end (exclusive) of the section a heading at h opens: the next heading of its level or above, or the end. */
export function sectionEnd(lines: readonly Line[], h: number): number {
  let j = h + 1;
  while (j < lines.length && !(lines[j].kind === 'heading' && lines[j].level <= lines[h].level)) j++;
  return j;
}

export interface Structure {
  lines: Line[];
  /** Line index of each token. */
  tokLine: Int32Array;
  /** Sentence id of each token. */
  sentence: Int32Array;
  /** 1 when the token sits inside quotation marks. */
  quoted: Uint8Array;
}

const TERMINAL = new Set(['.', '!', '?', ';', '。', '！', '？', '；', '؟', '۔', '।', '॥', '؛']);
const ALWAYS_TERMINAL = new Set(['。', '！', '？', '；', '؟', '।', '॥', '؛']);
const OPEN_CLOSE: Record<string, string> = {
  '"': '"',
  '\u201c': '\u201d',
  '\u201e': '\u201c',
  '\u00ab': '\u00bb',
  '\u300c': '\u300d',
  '\u300e': '\u300f',
  '\u201d': '\u201d',
  '\u2039': '\u203a',
};
const MAX_QUOTE = 400;
/** What may follow terminal punctuation for it to end a sentence. */
const AFTER_TERMINAL = /\s|["'\u201d\u00bb)*_]/;

function lineKind(t: string): { kind: LineKind; level: number } {
  const s = t.trimStart();
  if (s.length === 0) return { kind: 'blank', level: 0 };
  if (s.startsWith('```') || s.startsWith('~~~')) return { kind: 'fence', level: 0 };
  if (s.startsWith('#')) {
    let k = 0;
    while (k < s.length && s[k] === '#') k++;
    if (k <= 6 && (k === s.length || s[k] === ' ')) return { kind: 'heading', level: k };
  }
  if (s.startsWith('>')) return { kind: 'quote', level: 0 };
  if (/^([-*+•·●▪◦–]|\p{Nd}{1,3}[.)、]|[a-z][.)])\s/u.test(s)) return { kind: 'list', level: 0 };
  return { kind: 'text', level: 0 };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const raw = text.slice(i, j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j);
    const { kind, level } = lineKind(raw);
    const trimmed = raw.trimEnd();
    const colon = trimmed.endsWith(':') || trimmed.endsWith('：');
    lines.push({ start: i, end: i + raw.length, kind, level, firstTok: 0, endTok: 0, colon });
    i = j + 1;
  }
  return lines;
}

/** Marks quoted characters, pairing quotes within one line and up to MAX_QUOTE characters. */
function quotedChars(text: string): Uint8Array {
  const n = text.length;
  const q = new Uint8Array(n);
  // next(c)[i]: first index ≥ i holding c (n if none). One backward pass per character asked for,
  // so an unclosed quote costs O(1) instead of a scan of MAX_QUOTE characters.
  const nextOf = new Map<string, Int32Array>();
  const next = (c: string): Int32Array => {
    let a = nextOf.get(c);
    if (!a) {
      a = new Int32Array(n + 1);
      a[n] = n;
      for (let k = n - 1; k >= 0; k--) a[k] = text[k] === c ? k : a[k + 1];
      nextOf.set(c, a);
    }
    return a;
  };
  const re = /["\u201c\u201d\u201e\u00ab\u300c\u300e\u2039]/g;
  for (let found = re.exec(text); found; found = re.exec(text)) {
    const i = found.index;
    const close = OPEN_CLOSE[text[i]];
    const limit = Math.min(n, i + MAX_QUOTE);
    // A mark that only opens («, “, 「) may close on a wrapped line of the same paragraph; a straight " closes on
    // its own line (an unclosed one would pair with the next line's).
    let j = text[i] === '"' ? Math.min(next(close)[i + 1], next('\n')[i + 1]) : next(close)[i + 1];
    if (j < limit && text[i] !== '"' && /\n[ \t]*\n/.test(text.slice(i, j))) j = n;
    if (close === '\u201d') j = Math.min(j, next('\u201c')[i + 1]);
    // „…“ (German, Czech) and „…” (Romanian, Polish, Hungarian, Dutch): a low opening mark closes on either.
    if (text[i] === '\u201e') j = Math.min(j, next('\u201d')[i + 1]);
    if (j < limit && (text[j] === close || (text[i] === '\u201e' && text[j] === '\u201d')) && j > i + 1) {
      q.fill(1, i + 1, j);
      re.lastIndex = j + 1;
    }
  }
  singleQuoted(text, q, next);
  return q;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SINGLE = /['\u2018\u2019]/g;

/**
 * Single quotation marks ('…', ‘…’), which are also apostrophes ("don't", "l'ordre", "Ankara'da", "customers'"):
 * an opening mark stands after a space or an opening bracket and before a letter; its closing mark is the first
 * one after it on the line, within MAX_QUOTE characters, that follows a letter or a mark and is not followed by a
 * letter. Inner apostrophes ("'don't answer'") are skipped: a bounded walk over the marks of one line.
 */
function singleQuoted(text: string, q: Uint8Array, next: (c: string) => Int32Array): void {
  const n = text.length;
  const opens = (i: number): boolean =>
    (i === 0 || /[\s([:]/u.test(text[i - 1])) && i + 1 < n && WORD_CHAR.test(text[i + 1]);
  const closes = (j: number): boolean =>
    j > 0 && !/\s/u.test(text[j - 1]) && (j + 1 >= n || !WORD_CHAR.test(text[j + 1]));
  SINGLE.lastIndex = 0;
  for (let found = SINGLE.exec(text); found; found = SINGLE.exec(text)) {
    const i = found.index;
    if (q[i] || !opens(i)) continue;
    const limit = Math.min(n, i + MAX_QUOTE, next('\n')[i + 1]);
    let j = i + 1;
    for (let hops = 0; hops < MAX_HOPS; hops++) {
      j = Math.min(next("'")[j], next('\u2019')[j], next('\u2018')[j]);
      if (j >= limit || closes(j)) break;
      j++;
    }
    if (j < limit && closes(j) && j > i + 1) {
      q.fill(1, i + 1, j);
      SINGLE.lastIndex = j + 1;
    }
  }
}
/** Apostrophes skipped inside one single-quoted stretch at most. */
const MAX_HOPS = 8;

/**
 * `isLower(i)` tells whether normalised char i was lower case in the original (the normalised text is
 * case-folded), used to join wrapped paragraph lines.
 */
export function segment(text: string, tokens: readonly Token[], isLower: (i: number) => boolean): Structure {
  const lines = splitLines(text);
  const n = tokens.length;
  const tokLine = new Int32Array(n);
  const sentence = new Int32Array(n);
  const quoted = new Uint8Array(n);
  const qc = quotedChars(text);

  let li = 0;
  for (let t = 0; t < n; t++) {
    while (li < lines.length - 1 && tokens[t].start > lines[li].end) li++;
    tokLine[t] = li;
    quoted[t] = qc[tokens[t].start];
  }
  for (let k = 0, t = 0; k < lines.length; k++) {
    lines[k].firstTok = t;
    while (t < n && tokLine[t] === k) t++;
    lines[k].endTok = t;
    const ln = lines[k];
    const tokCount = ln.endTok - ln.firstTok;
    if (ln.kind === 'text' && ln.colon && tokCount > 0 && tokCount <= 6) ln.level = 7;
  }

  // Sentence ids: a new sentence after terminal punctuation followed by space (or always, for CJK
  // punctuation), and at line breaks unless the next line continues a wrapped sentence.
  let sid = 0;
  for (let t = 0; t < n; t++) {
    if (t > 0) {
      const from = tokens[t - 1].end;
      const to = tokens[t].start;
      // Most gaps are one space within a line: no sentence break, no call.
      const plain = to === from + 1 && text.charCodeAt(from) === 32 && tokLine[t - 1] === tokLine[t];
      if (!plain && breaksSentence(text, from, to, lines, tokLine[t - 1], tokLine[t], isLower)) sid++;
    }
    sentence[t] = sid;
  }
  return { lines, tokLine, sentence, quoted };
}

const LETTER = /\p{L}/u;

/** The length of the run of letters that ends right before `end` (at most `max` + 1 are read). */
function lettersBefore(text: string, end: number, max: number): number {
  let n = 0;
  while (n <= max && end - n - 1 >= 0 && LETTER.test(text[end - n - 1])) n++;
  return n;
}

/**
 * The point at `k` closes a dotted abbreviation of one- or two-letter parts ("e.g.", "z.B.", "π.χ.", "т.е.",
 * "p.ej."), not a sentence: "(π.χ. συνταγή, …), απάντησε" goes on. A domain name ("wa.me.") has the same shape
 * but rarely ends a sentence in a prompt; "example.com." has a longer first part and still ends one.
 */
function dottedAbbreviation(text: string, k: number): boolean {
  const last = lettersBefore(text, k, 2);
  if (last < 1 || last > 2 || text[k - last - 1] !== '.') return false;
  const first = lettersBefore(text, k - last - 1, 2);
  return first >= 1 && first <= 2;
}

/** Whether the gap text[from, to) between two tokens ends a sentence. */
function breaksSentence(
  text: string,
  from: number,
  to: number,
  lines: Line[],
  la: number,
  lb: number,
  isLower: (i: number) => boolean,
): boolean {
  const next = to;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 32) continue;
    // Every terminal is '.', '!', '?', ';' or non-ASCII: other ASCII gap characters are skipped cheaply.
    if (code < 0x80 && code !== 46 && code !== 33 && code !== 63 && code !== 59) continue;
    const c = text[k];
    if (ALWAYS_TERMINAL.has(c)) return true;
    // "(weather, jokes, etc.), reply …", "(…hỏi gì...), chỉ đáp": a point that closes a bracket before a comma ends
    // the aside, not the sentence.
    if (c === '.' && text[k + 1] === ')' && text[k + 2] === ',') continue;
    if (c === '.' && dottedAbbreviation(text, k)) continue;
    if (TERMINAL.has(c) && k + 1 < to && AFTER_TERMINAL.test(text[k + 1])) return true;
  }
  if (la === lb) return false;
  if (lb - la > 1) return true; // blank line between
  const a = lines[la];
  const b = lines[lb];
  if (a.kind !== 'text' || b.kind !== 'text' || a.colon || a.level > 0) return true;
  // Wrapped paragraph: the next line starts in lower case and the previous did not end a sentence.
  return !isLower(next);
}
