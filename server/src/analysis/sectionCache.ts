/**
 * Lexical results of prompt sections by their text, bounded by the tokens kept: past the budget, the
 * oldest sections that the prompt being analysed does not use are dropped.
 */

import { cloneSection, lexSection, type Section } from './sections';

/**
 * Tokens kept across all cached sections (~120 bytes of heap each, with their lines, matches and offset maps):
 * the sections of a long prompt being edited (~20,000 tokens per 2,500 lines) and as many of earlier versions.
 * Each edit adds the sections it touched, so a 300-line prompt's edits filled 80,000 tokens (9.4 MB) before.
 */
const MAX_TOKENS = 40_000;

/** The sections of one text: one per place it takes in a prompt; `used` of them are placed by the join `stamp`. */
interface Entry {
  sections: Section[];
  stamp: number;
  used: number;
}

export class SectionCache {
  private readonly byText = new Map<string, Entry>();
  private tokens = 0;

  /** The section of this text, not yet placed by the join `stamp` (computed or copied when needed). */
  take(text: string, stamp: number): Section {
    let entry = this.byText.get(text);
    if (!entry) {
      text = ownCopy(text);
      entry = { sections: [], stamp, used: 0 };
      this.byText.set(text, entry);
    } else if (entry.stamp !== stamp) {
      entry.stamp = stamp;
      entry.used = 0;
    }
    let s = entry.sections[entry.used];
    if (!s) {
      // A text repeated in one prompt (a heading, a list item) gets one copy per place.
      s = entry.sections.length ? cloneSection(entry.sections[0]) : lexSection(text);
      entry.sections.push(s);
      this.tokens += s.tokens.length + 1;
      if (this.tokens > MAX_TOKENS) this.evict(stamp);
    }
    entry.used++;
    return s;
  }

  /** Drops the oldest sections that the current join does not use, down to three quarters of the budget. */
  private evict(stamp: number): void {
    for (const [key, entry] of this.byText) {
      if (this.tokens <= MAX_TOKENS * 0.75) break;
      if (entry.stamp === stamp) continue;
      this.byText.delete(key);
      for (const x of entry.sections) this.tokens -= x.tokens.length + 1;
    }
  }
}

/**
 * A copy of a section's text that does not keep the prompt it was cut from alive: V8 represents a slice as a
 * view of its parent, so a cached section of an edited prompt held every earlier version of the whole text
 * (316 versions, ~10 MB, after 400 edits of a 300-line prompt). Concatenating flattens into a new string.
 */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
