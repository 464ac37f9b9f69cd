/** Lexical results of prompt sections by their text, least recently used first out, bounded by tokens kept. */

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
    if (list) {
      // Most recently used: move to the end of the map's order.
      this.byText.delete(text);
      this.byText.set(text, list);
    }
    if (!s) {
      s = list ? cloneSection(list[0]) : lexSection(text);
      this.add(text, s, list);
    }
    s.stamp = stamp;
    return s;
  }

  private add(text: string, s: Section, list: Section[] | undefined): void {
    if (list) list.push(s);
    else this.byText.set(text, [s]);
    this.tokens += s.tokens.length + 1;
    for (const [key, old] of this.byText) {
      if (this.tokens <= MAX_TOKENS || key === text) break;
      this.byText.delete(key);
      for (const x of old) this.tokens -= x.tokens.length + 1;
    }
  }
}
