/**
 * Splits normalised text into word tokens. Han and kana characters become one token each, so
 * languages written without spaces are matched character by character.
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

/** Tokens of `text` in order. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const cls = charClass(cp);
    if (cls === 0) {
      i += w;
      continue;
    }
    if (cls === 2) {
      out.push({ text: text.slice(i, i + w), start: i, end: i + w });
      i += w;
      continue;
    }
    let j = i + w;
    while (j < n) {
      const c2 = text.codePointAt(j)!;
      if (charClass(c2) !== 1) break;
      j += c2 > 0xffff ? 2 : 1;
    }
    out.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}

/** True when the character is matched per character (no word spacing). */
export function isSingleCharScript(ch: string): boolean {
  return charClass(ch.codePointAt(0)!) === 2;
}
