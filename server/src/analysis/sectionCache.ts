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
/**
 * Tokens kept in sections the last join did not use (earlier versions of an edited prompt): a prompt whose text
 * is unchanged is answered by the analysis cache and never joined again, so past this the oldest go at the end of
 * a join. 400 edits of a 300-line prompt had filled the whole budget with ~15 versions of its edited sections.
 */
const STALE_TOKENS = 8_000;

/** The sections of one text: one per place it takes in a prompt; `used` of them are placed by the join `stamp`. */
interface Entry {
  /** The entry's key: its own copy of the text (a slice would keep the whole prompt alive). */
  text: string;
  sections: Section[];
  stamp: number;
  used: number;
}

export class SectionCache {
  private readonly byText = new Map<string, Entry>();
  private tokens = 0;
  /** Tokens of the sections placed by the join `stamp` so far. */
  private stamp = 0;
  private stampTokens = 0;

  /** The section of this text, not yet placed by the join `stamp` (computed or copied when needed). */
  take(text: string, stamp: number): Section {
    let entry = this.byText.get(text);
    if (!entry) {
      text = ownCopy(text);
      entry = { text, sections: [], stamp, used: 0 };
      this.byText.set(text, entry);
    } else this.touch(entry, stamp);
    this.begin(stamp);
    // The next copy not yet placed by this join (`used` only moves forward within a join: constant time per take).
    let s: Section | undefined;
    while (entry.used < entry.sections.length) {
      const x = entry.sections[entry.used++];
      if (x.joined !== stamp) {
        s = x;
        break;
      }
    }
    if (!s) {
      // A text repeated in one prompt (a heading, a list item) gets one copy per place.
      s = entry.sections.length ? cloneSection(entry.sections[0]) : lexSection(text);
      entry.sections.push(s);
      entry.used = entry.sections.length;
      s.cached = true;
      this.tokens += s.tokens.length + 1;
      if (this.tokens > MAX_TOKENS) this.evict(stamp, MAX_TOKENS * 0.75);
    }
    this.placed(s, stamp);
    return s;
  }

  /**
   * Places again, in the join `stamp`, a section that the previous join placed (a section of an edited prompt's
   * unchanged text, found by place rather than by text: `buildDocBySections`). Call before any `take` of the join.
   */
  keep(s: Section, stamp: number): void {
    let entry = this.byText.get(s.text);
    if (!entry) {
      entry = { text: s.text, sections: [], stamp, used: 0 };
      this.byText.set(s.text, entry);
    } else this.touch(entry, stamp);
    // Not in the cache any more when its entry was dropped since the last join (then it is added back).
    if (!s.cached) {
      entry.sections.push(s);
      s.cached = true;
      this.tokens += s.tokens.length + 1;
    }
    this.begin(stamp);
    this.placed(s, stamp);
  }

  /** The entry is used by the join `stamp`: least recently joined first, it moves to the end of the map's order. */
  private touch(entry: Entry, stamp: number): void {
    if (entry.stamp === stamp) return;
    entry.stamp = stamp;
    entry.used = 0;
    this.byText.delete(entry.text);
    this.byText.set(entry.text, entry);
  }

  private begin(stamp: number): void {
    if (this.stamp !== stamp) {
      this.stamp = stamp;
      this.stampTokens = 0;
    }
  }

  private placed(s: Section, stamp: number): void {
    s.joined = stamp;
    this.stampTokens += s.tokens.length + 1;
  }

  /** Tokens and texts held (tests, debug statistics). */
  stats(): { tokens: number; texts: number } {
    return { tokens: this.tokens, texts: this.byText.size };
  }

  /** At the end of the join `stamp`: the sections it did not use are dropped, oldest first, past their budget. */
  settle(stamp: number): void {
    if (this.stamp === stamp && this.tokens - this.stampTokens > STALE_TOKENS)
      this.evict(stamp, this.stampTokens + STALE_TOKENS * 0.75);
  }

  /** Drops the least recently joined sections that the current join does not use, down to `target` tokens. */
  private evict(stamp: number, target: number): void {
    for (const [key, entry] of this.byText) {
      if (this.tokens <= target) break;
      if (entry.stamp === stamp) continue;
      this.byText.delete(key);
      for (const x of entry.sections) {
        this.tokens -= x.tokens.length + 1;
        x.cached = false;
      }
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
