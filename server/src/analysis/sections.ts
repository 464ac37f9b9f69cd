/**
 * The lexical pass of a prompt, per section. A prompt is cut before lines where a sentence always
 * starts (after a blank line, at a Markdown heading or a list item); no token, line, quotation or
 * sentence crosses such a cut, and no phrase match crosses a sentence. So normalisation, tokens, line
 * structure, sentence ids, the language tally and the phrase matches of each section are computed on
 * the section alone, cached by its text, and joined: an edit redoes the lexical pass of one section.
 * The joined document is the one the whole text gives (server/test/analysis/sections.test.ts).
 */

import type { Category } from './lexicon';
import { type LanguageTally, languageTally } from './language';
import type { Match, PhraseMatcher } from './matcher';
import { type NormText, normalizeText } from './normalize';
import { type Line, segment } from './segment';
import { atWordStart, type Token, tokenize } from './tokenize';

/**
 * One section's lexical results. Tokens, lines and matches are shared with the documents the section
 * is joined into: their offsets are those of its current place (`normBase`, `tokBase`) and are moved
 * in place when it is joined at another place. A document is only read during its own analysis.
 */
export interface Section {
  text: string;
  norm: NormText;
  tokens: Token[];
  lines: Line[];
  /** Section-local line index and sentence id of each token. */
  tokLine: Int32Array;
  sentence: Int32Array;
  quoted: Uint8Array;
  /** Sentences in the section (ids 0 … sentences - 1). */
  sentences: number;
  tally: LanguageTally;
  /**
   * Phrase matches for a stem mask, by category, the categories without a match left out (token indexes at
   * `tokBase`); a function word on a Chinese or Japanese character only where it starts a word (`atWordStart`).
   */
  matches?: { mask: number; by: [Category, Match[]][] };
  normBase: number;
  tokBase: number;
  /** Results of later passes that read the section alone, by pass (`sectionMemo`); kept while the section is cached. */
  memo?: Map<string, unknown>;
  /** The join that last placed it (`SectionCache`): a section takes one place per join. */
  joined?: number;
  /** Held by the section cache (`SectionCache`). */
  cached?: boolean;
}

/** Offsets where sections start (the first is 0); each section ends before the '\n' in front of the next. */
export function sectionStarts(text: string): number[] {
  const starts = [0];
  scanStarts(text, 0, text.length, false, starts);
  return starts;
}

/**
 * Pushes the section starts among the lines that start in [from, to) (`from` a line start; `prevBlank`: the line
 * before it is blank). One pass over the characters: a line's end and whether it is blank are found together (an
 * `indexOf` per line and a second walk for blankness cost ~3% of an edit of a 2,500-line prompt).
 */
function scanStarts(text: string, from: number, to: number, prevBlank: boolean, starts: number[]): void {
  const n = text.length;
  for (let i = from; i < to && i < n;) {
    let j = i;
    let blank = true;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 10) break;
      // Only spaces, tabs, form feeds and vertical tabs (ASCII, so blank in the normal form too); a CR before the
      // line's '\n' is not part of the line.
      if (
        blank &&
        c !== 32 &&
        c !== 9 &&
        c !== 12 &&
        c !== 11 &&
        !(c === 13 && (j + 1 === n || text.charCodeAt(j + 1) === 10))
      )
        blank = false;
    }
    const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
    if (i > 0 && !blank && (prevBlank || startsSentence(text, i, end))) starts.push(i);
    prevBlank = blank;
    i = j + 1;
  }
}

/** Whether the line that starts at `i` is blank, as `scanStarts` reads it (a CR before its '\n' or the text's end aside). */
function blankLine(text: string, i: number): boolean {
  const n = text.length;
  for (let k = i; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c === 13 && (k + 1 === n || text.charCodeAt(k + 1) === 10)) continue;
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11) return false;
  }
  return true;
}

/** Characters compared at once when looking for the common prefix and suffix of two versions of a prompt. */
const BLOCK = 1024;

/**
 * The section starts of `text`, from those of `old` (an earlier version: `oldStarts = sectionStarts(old)`): only the
 * lines around what changed are read again. The texts' common prefix and suffix are found first; a line and the line
 * before it that lie wholly in one of them start a section in `text` exactly when they did in `old` (the decision
 * reads the line and whether the one before it is blank). Equal to `sectionStarts(text)` (sections.test.ts).
 */
export function sectionStartsAfterEdit(
  old: string,
  oldStarts: readonly number[],
  text: string,
): { starts: number[]; prefix: number; suffix: number } {
  const max = Math.min(old.length, text.length);
  // Compared a block at a time (string equality compares the characters natively), then character by character.
  let p = 0;
  while (p + BLOCK <= max && old.slice(p, p + BLOCK) === text.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  const oe = old.length;
  const te = text.length;
  while (s + BLOCK <= max - p && old.slice(oe - s - BLOCK, oe - s) === text.slice(te - s - BLOCK, te - s)) s += BLOCK;
  while (s < max - p && old.charCodeAt(oe - 1 - s) === text.charCodeAt(te - 1 - s)) s++;
  const delta = text.length - old.length;
  // Kept as they were: the starts before the line that holds the first changed character.
  const a = p === 0 ? 0 : text.lastIndexOf('\n', p - 1) + 1;
  // Kept, moved by delta: the starts from the second line break at or after the unchanged suffix's start in `old`.
  const q = old.length - s;
  const n1 = old.indexOf('\n', q);
  const n2 = n1 < 0 ? -1 : old.indexOf('\n', n1 + 1);
  const bOld = n2 < 0 ? old.length + 1 : n2 + 1;
  const starts: number[] = [];
  for (const x of oldStarts) {
    if (x >= a) break;
    starts.push(x);
  }
  if (a === 0) starts.push(0);
  const before = a === 0 ? false : blankLine(text, a >= 2 ? text.lastIndexOf('\n', a - 2) + 1 : 0);
  scanStarts(text, a, bOld + delta, before, starts);
  for (let k = firstAtLeast(oldStarts, bOld); k < oldStarts.length; k++) starts.push(oldStarts[k] + delta);
  return { starts, prefix: p, suffix: s };
}

/** The first index of a sorted array whose value is at least `v`. */
export function firstAtLeast(arr: readonly number[], v: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A Markdown heading or list item written in ASCII (its normal form is the same line): a sentence
 * always starts there (segment.ts). Other lines start a section only after a blank line.
 */
const STARTS_SENTENCE = /^[ \t]*(?:#{1,6}(?: |$)|(?:[-*+]|\d{1,3}[.)]|[A-Za-z][.)])[ \t])/;

function startsSentence(text: string, i: number, end: number): boolean {
  let k = i;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  // Only '#', '-', '*', '+', a digit or a letter can start one: most lines are rejected without a slice.
  const next = text.charCodeAt(k + 1);
  const letterItem = ((c | 32) - 97) >>> 0 < 26 && (next === 46 || next === 41);
  const candidate = c === 35 || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) || letterItem;
  return candidate && STARTS_SENTENCE.test(text.slice(i, end));
}

/** Lexical pass of one section (local offsets: normBase and tokBase 0). */
export function lexSection(text: string): Section {
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text);
  const isLower = (i: number): boolean => {
    const at = norm.start[i] ?? 0;
    const code = text.charCodeAt(at);
    if (code < 0x80) return code >= 97 && code <= 122;
    const c = text[at] ?? '';
    return c !== c.toUpperCase() && c === c.toLowerCase();
  };
  const st = segment(norm.text, tokens, isLower);
  const n = tokens.length;
  return {
    text,
    norm,
    tokens,
    lines: st.lines,
    tokLine: st.tokLine,
    sentence: st.sentence,
    quoted: st.quoted,
    sentences: n === 0 ? 0 : st.sentence[n - 1] + 1,
    tally: languageTally(tokens),
    normBase: 0,
    tokBase: 0,
  };
}

/** Moves the section's shared objects to a new place. */
export function place(s: Section, normBase: number, tokBase: number): void {
  const dn = normBase - s.normBase;
  const dt = tokBase - s.tokBase;
  if (dn !== 0) {
    for (const t of s.tokens) {
      t.start += dn;
      t.end += dn;
    }
  }
  if (dn !== 0 || dt !== 0) {
    for (const ln of s.lines) {
      ln.start += dn;
      ln.end += dn;
      ln.firstTok += dt;
      ln.endTok += dt;
    }
  }
  if (dt !== 0 && s.matches) for (const [, list] of s.matches.by) for (const m of list) shift(m, dt);
  s.normBase = normBase;
  s.tokBase = tokBase;
}

function shift(m: Match, d: number): void {
  m.from += d;
  m.to += d;
}

/** The section's matches for a stem mask, computed when the mask differs from the cached one. */
export function sectionMatches(s: Section, matcher: PhraseMatcher, mask: number): [Category, Match[]][] {
  if (s.matches?.mask === mask) return s.matches.by;
  const by = new Map<Category, Match[]>();
  // Matched at local token indexes (the tokens' own offsets do not matter), then moved to tokBase.
  for (const m of matcher.matchIds(matcher.tokenIds(s.tokens), s.sentence, mask)) {
    // A function word starts a Chinese or Japanese dictionary word (tokenize.ts): the run it reads is in the section.
    if (!atWordStart(m.pattern.category, s.tokens, m.from)) continue;
    shift(m, s.tokBase);
    const list = by.get(m.pattern.category);
    if (list) list.push(m);
    else by.set(m.pattern.category, [m]);
  }
  s.matches = { mask, by: [...by] };
  return s.matches.by;
}

/**
 * The result of a pass over one section alone, computed once per section text: `f` must depend on the
 * section's text only (its own offsets: `normBase`/`tokBase` are subtracted by the caller, or not used),
 * so that a copy of the section (`cloneSection`) may share it.
 */
export function sectionMemo<T>(s: Section, key: string, f: (s: Section) => T): T {
  const memo = (s.memo ??= new Map<string, unknown>());
  // One look-up for a kept answer (`undefined` is kept as a value too, so `has` decides only then).
  const kept = memo.get(key);
  if (kept !== undefined || memo.has(key)) return kept as T;
  const v = f(s);
  memo.set(key, v);
  return v;
}

/** A copy that shares nothing mutable with `s` (for a section text that appears twice in one prompt). */
export function cloneSection(s: Section): Section {
  const lines = s.lines.map((l) => ({ ...l }));
  const tokens = s.tokens.map((t) => ({ ...t }));
  const copy: Section = { ...s, tokens, lines };
  if (s.matches) {
    const by = s.matches.by.map(([c, list]): [Category, Match[]] => [c, list.map((m) => ({ ...m }))]);
    copy.matches = { mask: s.matches.mask, by };
  }
  return copy;
}
