/**
 * Text hygiene for matching: NFKC, case folding, Latin accent stripping, Arabic tatweel/diacritics
 * and letter variants, Traditional→Simplified Chinese. Keeps, for every normalised UTF-16 unit,
 * the range of the original text it came from, so spans found in the normalised text map back exactly.
 */

import { lastAtMost } from '../model/sortedSearch';
import { charVariants } from './lexicon';

export interface NormText {
  /** The normalised text. */
  text: string;
  /** Original offset where the source of `text[i]` starts. */
  start: Int32Array;
  /** Original offset where the source of `text[i]` ends. */
  end: Int32Array;
}

const cache = new Map<string, string>();

function isArabicMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);
}

/**
 * A decomposed Latin letter that only Vietnamese writes: a horn (ơ ư), a hook above (ả), a dot below (ạ),
 * or a tone stacked on a vowel mark (ầ ế ở). Plain acute/grave/tilde letters (é, à, ñ) are shared with
 * other languages and still fold, so a Vietnamese word with one such mark folds as before ("đúng" → "đung").
 */
const VIETNAMESE_LETTER =
  /^[a-z][\u0300-\u036f]*(?:[\u031b\u0309\u0323]|[\u0302\u0306\u031b][\u0300\u0301\u0303\u0309\u0323])/;

/** Normalises one code point (as a string) to its matching form; '' drops it. */
function normChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  const cp0 = ch.codePointAt(0)!;
  if (cp0 >= 0x0300 && cp0 <= 0x036f) {
    cache.set(ch, '');
    return '';
  }
  // Thai and Lao: NFKC splits SARA AM (ำ → ํา), which breaks dictionary word segmentation.
  if (cp0 >= 0x0e00 && cp0 <= 0x0eff) {
    cache.set(ch, ch);
    return ch;
  }
  let out = ch.normalize('NFKC').toLowerCase();
  // Strip combining accents from Latin/Greek/Cyrillic letters only: Devanagari etc. need their marks.
  // Vietnamese letters keep theirs: its tones and vowel marks tell words apart ("đúng" right, "đừng" don't).
  const d = out.normalize('NFD');
  if (/^[\u0000-\u052f][\u0300-\u036f]+$/.test(d) && !VIETNAMESE_LETTER.test(d))
    out = d.replace(/[\u0300-\u036f]/g, '');
  let mapped = '';
  for (const c of out) {
    const cp = c.codePointAt(0)!;
    if (isArabicMark(cp)) continue;
    if (c === '\u00ad' || c === '\u200b' || c === '\u200c' || c === '\u200d' || c === '\ufeff') continue;
    mapped += charVariants.get(c) ?? c;
  }
  if (mapped === '\u2019' || mapped === '\u2018' || mapped === '\u02bc' || mapped === '`') mapped = "'";
  cache.set(ch, mapped);
  return mapped;
}

const NON_ASCII = /[^\u0000-\u007f]/g;
/** Combining diacritical marks (U+0300–U+036F). */
const isMark = (c: number): boolean => c >= 0x0300 && c <= 0x036f;
/** A Latin letter and its marks are normalised together up to this length (a longer run is noise). */
const MAX_CLUSTER = 4;

let identityTable = new Int32Array(0);

/** A table with identityTable[k] === k for k < n (grown on demand, shared). */
function identity(n: number): Int32Array {
  if (identityTable.length < n) {
    const t = new Int32Array(Math.max(n, identityTable.length * 2, 1024));
    for (let k = 0; k < t.length; k++) t[k] = k;
    identityTable = t;
  }
  return identityTable;
}

/** Normalises `text` keeping the offset map. ASCII runs are copied in bulk. */
export function normalizeText(text: string): NormText {
  const n = text.length;
  let out = '';
  let start: Int32Array = new Int32Array(n + 16);
  let end: Int32Array = new Int32Array(n + 16);
  let len = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    if (text.charCodeAt(i) < 0x80) {
      // The native regex scan finds the end of the ASCII run (no match array: `test` only moves lastIndex).
      NON_ASCII.lastIndex = i;
      j = NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : n;
      // A letter followed by combining marks is normalised with them, as one cluster (decomposed input).
      if (j < n && j > i && isMark(text.charCodeAt(j))) j--;
    }
    if (j > i) {
      out += text.slice(i, j).toLowerCase();
      // Offsets of an ASCII run are consecutive: copy them from the identity table.
      const ids = identity(j + 1);
      start.set(ids.subarray(i, j), len);
      end.set(ids.subarray(i + 1, j + 1), len);
      len += j - i;
      i = j;
      if (i >= n) break;
    }
    const c = text.charCodeAt(i);
    let cpLen = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    if (c < 0x0530) while (i + cpLen < n && isMark(text.charCodeAt(i + cpLen)) && cpLen < MAX_CLUSTER) cpLen++;
    const norm = normChar(text.slice(i, i + cpLen));
    if (len + norm.length + (n - i) > start.length) {
      // Compatibility expansions (ligatures, squared words) can lengthen the text.
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array((len + norm.length + (n - i)) * 2);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
    }
    out += norm;
    for (let k = 0; k < norm.length; k++, len++) {
      start[len] = i;
      end[len] = i + cpLen;
    }
    i += cpLen;
  }
  return { text: joinCompounds(out), start: start.subarray(0, len), end: end.subarray(0, len) };
}

/**
 * Vietnamese nouns written with "không" (no) that negate nothing: "hàng không" (aviation, an airline), "không
 * gian" (space), "không khí" (air), "không quân" (air force), "không dây" (wireless), "không trung" (the sky).
 * The space inside becomes "_" (same length, offsets kept), so the compound is one token and not a negation.
 */
const VI_COMPOUND = /(?<![\p{L}\p{M}_])(?:hang khong|khong (?:gian|khi|quan|day|trung))(?![\p{L}\p{M}_])/gu;

function joinCompounds(t: string): string {
  if (!t.includes('khong ')) return t;
  return t.replace(VI_COMPOUND, (w) => w.replace(' ', '_'));
}

/** Normalises a lexicon entry the same way (no offset map needed). */
export function normalizeEntry(s: string): string {
  return normalizeText(s).text;
}

/**
 * The normal form of consecutive pieces of a text joined by one '\n' each (analysis/sections.ts), each
 * normalised on its own. Its offset maps are read piecewise; `start` and `end` are built on first use.
 */
export class JoinedNormText implements NormText {
  readonly text: string;
  /** Normalised and original offset of each piece. */
  private readonly normAt: Int32Array;
  private readonly origAt: Int32Array;
  private maps?: { start: Int32Array; end: Int32Array };
  private hint = 0;

  /** `text`, when given, is the pieces' texts joined by '\n' (built by the caller from an earlier join). */
  constructor(
    private readonly pieces: readonly NormText[],
    origLengths: readonly number[],
    text?: string,
  ) {
    this.text = text ?? pieces.map((p) => p.text).join('\n');
    this.normAt = new Int32Array(pieces.length);
    this.origAt = new Int32Array(pieces.length);
    for (let i = 1; i < pieces.length; i++) {
      this.normAt[i] = this.normAt[i - 1] + pieces[i - 1].text.length + 1;
      this.origAt[i] = this.origAt[i - 1] + origLengths[i - 1] + 1;
    }
  }

  get start(): Int32Array {
    return this.built().start;
  }

  get end(): Int32Array {
    return this.built().end;
  }

  /** Original offset where the source of text[i] starts (end = false) or ends (end = true). */
  at(i: number, end: boolean): number {
    const lo = this.pieceAt(i);
    const p = this.pieces[lo];
    const k = i - this.normAt[lo];
    // k === the piece's length: the '\n' after it.
    if (k >= p.text.length) return this.origAt[lo] + (this.origAt[lo + 1] - this.origAt[lo] - 1) + (end ? 1 : 0);
    return this.origAt[lo] + (end ? p.end[k] : p.start[k]);
  }

  /** The piece holding normalised offset i: readers mostly go forward, so the last piece found is tried first. */
  private pieceAt(i: number): number {
    const at = this.normAt;
    const h = this.hint;
    if (at[h] <= i && (h + 1 === at.length || at[h + 1] > i)) return h;
    this.hint = lastAtMost(at, i);
    return this.hint;
  }

  private built(): { start: Int32Array; end: Int32Array } {
    if (!this.maps) {
      const n = this.text.length;
      const start = new Int32Array(n);
      const end = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        start[i] = this.at(i, false);
        end[i] = this.at(i, true);
      }
      this.maps = { start, end };
    }
    return this.maps;
  }
}

/** Original offset where the source of the normalised text[i] starts (i < its length), without a span object. */
export function originalStart(nt: NormText, i: number): number {
  return nt instanceof JoinedNormText ? nt.at(i, false) : nt.start[i];
}

/** Maps a normalised range [a, b) back to original offsets. */
export function toOriginal(nt: NormText, a: number, b: number): { start: number; end: number } {
  const n = nt.text.length;
  if (n === 0) return { start: 0, end: 0 };
  let s: number;
  let e: number;
  if (nt instanceof JoinedNormText) {
    s = a < n ? nt.at(a, false) : nt.at(n - 1, true);
    e = b > 0 ? nt.at(Math.min(b, n) - 1, true) : s;
  } else {
    s = a < n ? nt.start[a] : nt.end[n - 1];
    e = b > 0 ? nt.end[Math.min(b, n) - 1] : s;
  }
  return { start: s, end: Math.max(s, e) };
}
