/**
 * Feature extraction shared by training and inference: NFKC + lowercase, digits folded to 0, words
 * (Intl.Segmenter for scripts written without spaces), word bigrams, the first and last word, and
 * character 2–4-grams inside word boundaries, each hashed with 32-bit FNV-1a into a fixed
 * 2^HASH_BITS space.
 */

export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MIN_GRAM = 2;
const MAX_GRAM = 4;
/** Namespace prefixes keep a word, a bigram and an n-gram with equal text apart. */
const NS_WORD = 0x77;
const NS_BIGRAM = 0x62;
const NS_GRAM = 0x63;
const NS_FIRST = 0x5e;
const NS_LAST = 0x24;
const WORD_START = 0x02;
const WORD_END = 0x03;

/** Han, kana, Thai, Lao, Khmer and Myanmar need dictionary word segmentation. */
const NEEDS_SEGMENTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
/** A word: letters, marks and digits, with inner apostrophes and ZWNJ (Persian, Urdu). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\u200c][\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{Nd}/gu;
const SEGMENT_CHUNK = 48;

let segmenter: Intl.Segmenter | undefined;

/** Matching form of a clause: NFKC, lowercase, every decimal digit as 0. */
export function normalizeClause(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(DIGIT, '0');
}

/**
 * Words of normalised text, in order. Letter runs in scripts without spaces go through
 * Intl.Segmenter in chunks of at most SEGMENT_CHUNK units: V8's segmenter is superlinear on long
 * strings, and the chunks keep the whole extraction linear.
 */
export function words(norm: string): string[] {
  const runs = norm.match(WORD) ?? [];
  if (!NEEDS_SEGMENTER.test(norm)) return runs;
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const out: string[] = [];
  for (const run of runs) {
    if (!NEEDS_SEGMENTER.test(run)) {
      out.push(run);
      continue;
    }
    for (let at = 0; at < run.length;) {
      let end = Math.min(run.length, at + SEGMENT_CHUNK);
      if (end < run.length && isLowSurrogate(run.charCodeAt(end))) end--;
      for (const s of segmenter.segment(run.slice(at, end))) if (s.isWordLike) out.push(s.segment);
      at = end;
    }
  }
  return out;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function mix(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME) >>> 0;
}

function hashString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/** FNV-1a of a string: the bank split and the feature space both use it. */
export function fnv1a(s: string): number {
  return hashString(FNV_OFFSET, s);
}

function unitAt(word: string, i: number, n: number): number {
  return i === 0 ? WORD_START : i === n - 1 ? WORD_END : word.charCodeAt(i - 1);
}

function visitGrams(word: string, visit: (feature: number) => void): number {
  const n = word.length + 2;
  let count = 0;
  for (let i = 0; i + MIN_GRAM <= n; i++) {
    let h = mix(FNV_OFFSET, NS_GRAM);
    for (let j = i; j < n && j < i + MAX_GRAM; j++) {
      h = mix(h, unitAt(word, j, n));
      if (j - i + 1 >= MIN_GRAM) {
        visit(h & MASK);
        count++;
      }
    }
  }
  return count;
}

/** The first-word, last-word and bigram features (a clause's own; its words' features are `visitWord`'s). */
export const firstFeature = (w: string): number => hashString(mix(FNV_OFFSET, NS_FIRST), w) & MASK;
export const lastFeature = (w: string): number => hashString(mix(FNV_OFFSET, NS_LAST), w) & MASK;
export const bigramFeature = (w: string, next: string): number =>
  hashString(mix(hashString(mix(FNV_OFFSET, NS_BIGRAM), w), 0x20), next) & MASK;

/** Visits the features of one word (the word itself, then its character n-grams); returns how many. */
export function visitWord(w: string, visit: (feature: number) => void): number {
  visit(hashString(mix(FNV_OFFSET, NS_WORD), w) & MASK);
  return 1 + visitGrams(w, visit);
}

/**
 * Calls `visit` with every hashed feature occurrence of a clause (repeats included: the model sums
 * them) and returns how many there were. Each occurrence weighs 1/sqrt(count), so long and short
 * clauses score on one scale.
 */
export function forEachFeature(text: string, visit: (feature: number) => void): number {
  const ws = words(normalizeClause(text));
  let count = 0;
  if (ws.length) {
    // The clause's first and last words: negation and imperative mood sit there in most languages.
    visit(firstFeature(ws[0]));
    visit(lastFeature(ws[ws.length - 1]));
    count += 2;
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    visit(hashString(mix(FNV_OFFSET, NS_WORD), w) & MASK);
    if (i + 1 < ws.length) visit(bigramFeature(w, ws[i + 1]));
    count += 1 + (i + 1 < ws.length ? 1 : 0) + visitGrams(w, visit);
  }
  return count;
}

/** The feature occurrences of a clause as a list (training). */
export function clauseFeatures(text: string): number[] {
  const out: number[] = [];
  forEachFeature(text, (f) => out.push(f));
  return out;
}
