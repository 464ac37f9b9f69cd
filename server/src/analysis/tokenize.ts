/**
 * Splits normalised text into word tokens. Han and kana characters become one token each, so
 * Chinese and Japanese are matched character by character; runs of Thai, Lao, Khmer and Burmese
 * (written without spaces between words) are split into words by Intl.Segmenter (ICU dictionaries).
 */

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
  for (const s of wordSegmenter.segment(text.slice(i, j))) {
    if (s.isWordLike === false) continue;
    out.push({ text: s.segment, start: i + s.index, end: i + s.index + s.segment.length });
  }
}

/** True when the character is matched per character (no word spacing). */
export function isSingleCharScript(ch: string): boolean {
  return charClass(ch.codePointAt(0)!) === 2;
}
