/**
 * Splits normalised text into word tokens. Han and kana characters become one token each, so
 * Chinese and Japanese are matched character by character, and each run of them is split into words by
 * Intl.Segmenter ('ja' when the run holds kana, else 'zh'): a character inside a word carries `inWord`, so
 * that a phrase matches whole words only (atWordEdges). Runs of Thai, Lao, Khmer and Burmese (written
 * without spaces between words) are split into word tokens by the same ICU dictionaries.
 */

import type { Category } from './lexicons/types';

export interface Token {
  text: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Han or kana character that continues the word of the token before it (not a word start). */
  inWord?: true;
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
        i = hanKanaRun(text, i, out);
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

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const cjkSegmenters = new Map<string, Intl.Segmenter>();

/**
 * Tokens of the run of Han and kana characters starting at `i`, one per character, marked with the word
 * boundaries of the dictionary segmenter; returns the run's end. One segmenter pass per run: linear.
 */
function hanKanaRun(text: string, i: number, out: Token[]): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    const w = c >= 0xd800 && c <= 0xdbff && j + 1 < n ? 2 : 1;
    if (c < 0x80 || classAt(text, j, c) !== 2) break;
    j += w;
  }
  const run = text.slice(i, j);
  if (j - i === 1) {
    out.push({ text: run, start: i, end: j });
    return j;
  }
  const locale = KANA.test(run) ? 'ja' : 'zh';
  let seg = cjkSegmenters.get(locale);
  if (!seg) cjkSegmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  // V8's segmenter is superlinear on long strings: chunks keep the pass linear (a boundary every CHUNK units).
  for (let at = 0; at < run.length;) {
    let end = Math.min(run.length, at + CHUNK);
    if (end < run.length && run.charCodeAt(end) >= 0xdc00 && run.charCodeAt(end) <= 0xdfff) end--;
    for (const s of seg.segment(run.slice(at, end))) {
      const base = i + at + s.index;
      let k = 0;
      for (const ch of s.segment) {
        const tok: Token = { text: ch, start: base + k, end: base + k + ch.length };
        if (k > 0) tok.inWord = true;
        out.push(tok);
        k += ch.length;
      }
    }
    at = end;
  }
  return j;
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
  ...(['anyWord', 'limitWord', 'noneWord', 'additive'] as const),
]);

/** Whether a match of `category` starting at token `from` may stand (see START_EDGE). */
export function atWordStart(category: Category, tokens: readonly Token[], from: number): boolean {
  return tokens[from].inWord !== true || !START_EDGE.has(category);
}

/** True when the character is matched per character (no word spacing). */
export function isSingleCharScript(ch: string): boolean {
  return charClass(ch.codePointAt(0)!) === 2;
}
