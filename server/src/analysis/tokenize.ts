/**
 * Splits normalised text into word tokens. Han and kana characters become one token each, so
 * Chinese and Japanese are matched character by character (atWordStart asks the dictionary segmenter
 * where their words start, for function words only); runs of Thai, Lao, Khmer and Burmese (written
 * without spaces between words) are split into words by Intl.Segmenter (ICU dictionaries).
 */

import type { Category } from './lexicons/types';

export interface Token {
  text: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
}

/** 0 = not a word char, 1 = word char, 2 = stand-alone char (Han, kana). BMP classes cached as class + 1. */
const bmpClass = new Uint8Array(0x10000);
const classCache = new Map<number, number>();
const WORD = /[\p{L}\p{M}\p{N}_]/u;
const SINGLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function charClass(cp: number): number {
  if (cp < 0x80) {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95 ? 1 : 0;
  }
  if (cp <= 0xffff && bmpClass[cp]) return bmpClass[cp] - 1;
  const hit = classCache.get(cp);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(cp);
  const cls = SINGLE.test(ch) ? 2 : WORD.test(ch) ? 1 : 0;
  if (cp <= 0xffff) bmpClass[cp] = cls + 1;
  else classCache.set(cp, cls);
  return cls;
}

/** Class of an ASCII character: 1 for [A-Za-z0-9_], else 0. */
const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) asciiClass[c] = charClass(c);

/** Class of the code point at `i`, whose first UTF-16 unit `c` is not ASCII. Rare: kept out of the ASCII loop. */
function classAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff) {
    const b = bmpClass[c];
    return b ? b - 1 : charClass(c);
  }
  return charClass(text.codePointAt(i)!);
}

/** Tokens of `text` in order. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j: number;
    if (c < 0x80) {
      if (asciiClass[c] === 0) {
        i++;
        continue;
      }
      j = i + 1;
    } else {
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n && text.codePointAt(i)! > 0xffff ? 2 : 1;
      const cls = classAt(text, i, c);
      if (cls === 0) {
        i += w;
        continue;
      }
      if (cls === 2) {
        out.push({ text: text.slice(i, i + w), start: i, end: i + w });
        i += w;
        continue;
      }
      j = i + w;
    }
    while (j < n) {
      const c2 = text.charCodeAt(j);
      if (c2 < 0x80) {
        if (asciiClass[c2] === 0) break;
        j++;
      } else {
        if (classAt(text, j, c2) !== 1) break;
        j += c2 >= 0xd800 && c2 <= 0xdbff && j + 1 < n && text.codePointAt(j)! > 0xffff ? 2 : 1;
      }
    }
    if (j - i > 1 && isUnspacedScript(c)) segmentWords(text, i, j, out);
    else out.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}

/** Thai, Lao (U+0E00–U+0EFF), Burmese (U+1000–U+109F), Khmer (U+1780–U+17FF). */
function isUnspacedScript(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff);
}

let wordSegmenter: Intl.Segmenter | undefined;

/** Dictionary word segmentation of text[i, j) (one run of word characters). */
function segmentWords(text: string, i: number, j: number, out: Token[]): void {
  wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  // V8's segmenter is superlinear on long strings: chunks keep the pass linear (a break every CHUNK units).
  for (let at = i; at < j;) {
    let end = Math.min(j, at + CHUNK);
    if (end < j && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end--;
    for (const s of wordSegmenter.segment(text.slice(at, end))) {
      if (s.isWordLike === false) continue;
      out.push({ text: s.segment, start: at + s.index, end: at + s.index + s.segment.length });
    }
    at = end;
  }
}

const CHUNK = 256;

/**
 * Function-word classes whose Chinese and Japanese entries must start a dictionary word: inside a compound
 * the character is no longer the function word ("如" is no condition in "比如", "只" no restriction in
 * "不只"), while the word may run on ("如需", "仅限", "只能"). Negation particles are not held to it: the
 * dictionary glues them to a verb as often as to a noun ("别用" is a negation, "别人" is not). Content words
 * keep matching per character (a verb "帮" also covers "帮助").
 */
const START_EDGE = new Set<Category>([
  ...(['contrast', 'conditional', 'qualifier', 'qualifierBefore', 'offTopic'] as const),
  ...(['anyWord', 'limitWord', 'noneWord', 'additive', 'onlyWord'] as const),
]);
/** Characters of the run read either side of the character asked about. */
const CONTEXT = 12;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const cjkSegmenters = new Map<string, Intl.Segmenter>();
/** (context + offset) → word start, bounded: a segmenter call costs far more than a lookup. */
const startCache = new Map<string, boolean>();
const START_CACHE_LIMIT = 4096;

/**
 * Whether a match of `category` starting at token `from` may stand: a function word (START_EDGE) on a Han
 * or kana character inside a run must start a word of the dictionary segmenter ('ja' with kana, else 'zh'),
 * asked about the run's characters around it only (bounded work per match).
 */
export function atWordStart(category: Category, tokens: readonly Token[], from: number): boolean {
  if (!START_EDGE.has(category)) return true;
  const cjk = (k: number): boolean => charClass(tokens[k].text.codePointAt(0)!) === 2;
  const joined = (k: number): boolean => k > 0 && tokens[k - 1].end === tokens[k].start && cjk(k - 1) && cjk(k);
  if (!joined(from)) return true;
  let a = from;
  while (from - a < CONTEXT && joined(a)) a--;
  let b = from + 1;
  while (b - from < CONTEXT && b < tokens.length && joined(b)) b++;
  let run = '';
  let offset = 0;
  for (let k = a; k < b; k++) {
    if (k === from) offset = run.length;
    run += tokens[k].text;
  }
  const key = `${run}\u0000${offset}`;
  const hit = startCache.get(key);
  if (hit !== undefined) return hit;
  const locale = KANA.test(run) ? 'ja' : 'zh';
  let seg = cjkSegmenters.get(locale);
  if (!seg) cjkSegmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  let starts = false;
  for (const s of seg.segment(run)) if (s.index === offset) starts = true;
  if (startCache.size >= START_CACHE_LIMIT) startCache.clear();
  startCache.set(key, starts);
  return starts;
}

/** True when the character is matched per character (no word spacing). */
export function isSingleCharScript(ch: string): boolean {
  return charClass(ch.codePointAt(0)!) === 2;
}
