/**
 * Lexicon registry. A language is added by writing one YAML file in `lexicons/` (see docs/lexicons.md
 * for the pattern syntax); no matcher code changes.
 */

import { type LexiconData, LEXICONS } from './lexicons';

export type { Category, FixTexts, LexiconData, LexiconEntry } from './lexicons';
export { CATEGORIES } from './lexicons';

export const lexicons: readonly LexiconData[] = LEXICONS;

export function lexiconFor(lang: string): LexiconData | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0];
  return lexicons.find((l) => l.lang === base);
}

/** Character variants from every lexicon, applied by the normaliser. */
export const charVariants: ReadonlyMap<string, string> = new Map(
  lexicons.flatMap((l) => Object.entries(l.charMap ?? {})),
);

/** Clitic prefixes from every lexicon, longest first. */
export const clitics: readonly string[] = [...new Set(lexicons.flatMap((l) => l.clitics ?? []))].sort(
  (a, b) => b.length - a.length,
);
