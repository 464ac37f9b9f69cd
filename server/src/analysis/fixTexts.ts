/** Quick-fix snippets in the prompt's language, from the lexicon data. */

import { lexiconFor } from './lexicon';

export interface FixTextSet {
  scope: string;
  refusal: string;
  escalation: string;
  lang: string;
}

export function fixTexts(lang: string): FixTextSet {
  const lex = lexiconFor(lang) ?? lexiconFor('en')!;
  return { ...lex.fix, lang: lex.lang };
}
