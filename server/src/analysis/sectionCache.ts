/**
 * Lexical results of prompt sections by their text, bounded by the tokens kept: past the budget, the
 * oldest sections that the prompt being analysed does not use are dropped.
 */

import { cloneSection, lexSection, type Section } from './sections';

/** Tokens kept across all cached sections: a few long prompts being edited (~25,000 tokens per 2,500 lines). */
const MAX_TOKENS = 120_000;

export class SectionCache {
  private readonly byText = new Map<string, Section[]>();
  private tokens = 0;

  /** The section of this text, not yet placed by the join `stamp` (computed or copied when needed). */
  take(text: string, stamp: number): Section {
    const list = this.byText.get(text);
    let s = list?.find((x) => x.stamp !== stamp);
    if (!s) {
      s = list ? cloneSection(list[0]) : lexSection(text);
      this.add(text, s, list, stamp);
    }
    s.stamp = stamp;
    return s;
  }

  /** Adds a section; past the budget, drops the oldest sections that the current join does not use. */
  private add(text: string, s: Section, list: Section[] | undefined, stamp: number): void {
    if (list) list.push(s);
    else this.byText.set(text, [s]);
    this.tokens += s.tokens.length + 1;
    if (this.tokens <= MAX_TOKENS) return;
    for (const [key, old] of this.byText) {
      if (this.tokens <= MAX_TOKENS * 0.75) break;
      if (old.some((x) => x.stamp === stamp) || key === text) continue;
      this.byText.delete(key);
      for (const x of old) this.tokens -= x.tokens.length + 1;
    }
  }
}
