/**
 * Whether the prompt is mostly in a language we have a lexicon for. A word counts as known when it
 * is a function word of some lexicon, belongs to a script a lexicon owns (Han, Arabic, Devanagari),
 * or is part of a lexicon phrase (grant, scope, refusal, negation...). Business nouns and contact
 * cues do not count: loanwords such as "hotel" or "menu" occur in every language.
 */

import type { Doc } from './doc';
import type { Category } from './lexicon';
import { knownToken } from './language';

const MIN_COVERAGE = 0.2;
const MIN_WORDS = 6;
/** Scripts written without spaces (Thai, Lao, Khmer, Burmese) give few, long tokens. */
const MIN_LETTERS = 40;
const NOT_EVIDENCE: ReadonlySet<Category> = new Set(['business', 'contactCue', 'handoffToken', 'personaBound', 'qualifier', 'broad', 'userRole', 'assistantRole']);

export function lexiconCoverage(doc: Doc): { coverage: number; words: number; letters: number } {
  const n = doc.tokens.length;
  const phrase = new Uint8Array(n);
  for (const [c, ms] of Object.entries(doc.by) as [Category, Doc['by'][Category]][]) {
    if (NOT_EVIDENCE.has(c)) continue;
    for (const m of ms) for (let k = m.a; k < m.b; k++) phrase[k] = 1;
  }
  let words = 0;
  let known = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[i].text;
    if (/^[0-9_]+$/.test(t)) continue;
    words++;
    letters += t.length;
    if (phrase[i] || knownToken(t)) known++;
  }
  return { coverage: words === 0 ? 1 : known / words, words, letters };
}

/** True when the dominant language of the prompt has no lexicon. */
export function unsupportedLanguage(doc: Doc): boolean {
  // Cheap pass first: most prompts are plainly in a known language from their function words.
  let words = 0;
  let known = 0;
  for (const t of doc.tokens) {
    words++;
    if (knownToken(t.text)) known++;
  }
  if (words > 0 && known / words >= MIN_COVERAGE) return false;
  return lowCoverage(doc);
}

function lowCoverage(doc: Doc): boolean {
  const { coverage, words, letters } = lexiconCoverage(doc);
  return (words >= MIN_WORDS || letters >= MIN_LETTERS) && coverage < MIN_COVERAGE;
}
