/**
 * Affix stripping written as lexicon data (`stemming:` in lexicons/<lang>.yaml), for the languages whose words
 * take glued affixes and that have no maintained stemmer on npm (Persian, Urdu, Hebrew, Swahili, Tamil). It
 * has the shape of the @nlpjs stemmers (stem.ts): the longest listed prefix, then the longest listed suffix, is
 * cut once, and only while at least three letters stay. One pass over the word's ends: linear in its length.
 */

import type { LightStemming } from './lexicons/types';
import { normalizeText } from './normalize';

const MIN_LEFT = 3;

export class LightStemmer {
  private current = '';
  private readonly prefixes: string[];
  private readonly suffixes: string[];

  constructor(data: LightStemming) {
    // Affixes are compared with normalised words, longest first.
    const norm = (list: string[] | undefined) =>
      [...new Set((list ?? []).map((a) => normalizeText(a).text).filter(Boolean))].sort((a, b) => b.length - a.length);
    this.prefixes = norm(data.prefixes);
    this.suffixes = norm(data.suffixes);
  }

  setCurrent(word: string): void {
    this.current = word;
  }

  innerStem(): void {
    let w = this.current;
    const p = this.prefixes.find((a) => w.startsWith(a) && [...w].length - [...a].length >= MIN_LEFT);
    if (p) w = w.slice(p.length);
    const s = this.suffixes.find((a) => w.endsWith(a) && [...w].length - [...a].length >= MIN_LEFT);
    if (s) w = w.slice(0, w.length - s.length);
    this.current = w;
  }

  getCurrent(): string {
    return this.current;
  }
}
