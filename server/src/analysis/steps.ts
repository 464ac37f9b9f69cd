/** Pattern steps compiled for the matcher's hot loop: sets of exact words, prefix lists and stem keys. */

import type { Category } from './lexicon';
import type { CompiledPattern, Step } from './patterns';
import { entryStemKeys } from './stem';

/**
 * A step compiled for fast tests: exact alternatives in a set, prefixes in a short list, and the stem
 * keys (stem.ts) of the exact alternatives when the pattern's language has a stemmer.
 */
export interface FastStep {
  exact: Set<string>;
  prefixes: string[];
  gap: number;
  stems?: Set<string>;
}

/**
 * Words of phrases match by stem; one-word entries and function words do not: alone, a stem is too
 * loose ("лично", in person, and "личный", personal, share one).
 */
const UNSTEMMED = new Set<Category>([
  ...(['negation', 'negationAfter', 'contrast', 'conditional', 'qualifier', 'qualifierBefore', 'broad'] as const),
  ...([
    'personaBound',
    'contactCue',
    'handoffToken',
    'lookupToken',
    'switchKey',
    'userRole',
    'assistantRole',
    'additive',
  ] as const),
]);

export function fastStep(step: Step, p: CompiledPattern): FastStep {
  const exact = step.alts.filter((a) => !a.prefix).map((a) => a.text);
  const stemmed = p.steps.length > 1 && !UNSTEMMED.has(p.category);
  const stems = new Set(stemmed ? exact.flatMap((w) => entryStemKeys(p.lang, w)) : []);
  return {
    exact: new Set(exact),
    prefixes: step.alts.filter((a) => a.prefix).map((a) => a.text),
    gap: step.gap,
    ...(stems.size > 0 ? { stems } : {}),
  };
}

export function fitsText(step: FastStep, variants: readonly string[]): boolean {
  for (const v of variants) {
    if (step.exact.has(v)) return true;
    for (const p of step.prefixes) if (v.startsWith(p)) return true;
  }
  return false;
}
