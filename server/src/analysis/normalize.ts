/**
 * Text hygiene for matching: NFKC, case folding, Latin accent stripping, Arabic tatweel/diacritics
 * and letter variants, Traditional→Simplified Chinese. Keeps, for every normalised UTF-16 unit,
 * the range of the original text it came from, so spans found in the normalised text map back exactly.
 */

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

/** Normalises one code point (as a string) to its matching form; '' drops it. */
function normChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  const cp0 = ch.codePointAt(0)!;
  if (cp0 >= 0x0300 && cp0 <= 0x036f) {
    cache.set(ch, '');
    return '';
  }
  let out = ch.normalize('NFKC').toLowerCase();
  // Strip combining accents from Latin/Greek/Cyrillic letters only: Devanagari etc. need their marks.
  const d = out.normalize('NFD');
  if (/^[\u0000-\u052f][\u0300-\u036f]+$/.test(d)) out = d.replace(/[\u0300-\u036f]/g, '');
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

/** Normalises `text` keeping the offset map. */
export function normalizeText(text: string): NormText {
  const n = text.length;
  const out: string[] = [];
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  let len = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path.
      out.push(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]);
      start[len] = i;
      end[len] = i + 1;
      len++;
      i++;
      continue;
    }
    const cpLen = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const src = text.slice(i, i + cpLen);
    const norm = normChar(src);
    for (let k = 0; k < norm.length; k++) {
      out.push(norm[k]);
      start[len] = i;
      end[len] = i + cpLen;
      len++;
    }
    i += cpLen;
  }
  return { text: out.join(''), start: start.subarray(0, len), end: end.subarray(0, len) };
}

/** Normalises a lexicon entry the same way (no offset map needed). */
export function normalizeEntry(s: string): string {
  return normalizeText(s).text;
}

/** Maps a normalised range [a, b) back to original offsets. */
export function toOriginal(nt: NormText, a: number, b: number): { start: number; end: number } {
  if (nt.text.length === 0) return { start: 0, end: 0 };
  const s = a < nt.start.length ? nt.start[a] : nt.end[nt.end.length - 1];
  const e = b > 0 ? nt.end[Math.min(b, nt.end.length) - 1] : s;
  return { start: s, end: Math.max(s, e) };
}
