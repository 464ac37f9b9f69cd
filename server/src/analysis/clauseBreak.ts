/** Clause breaks between the words of a phrase match. */
import type { Doc } from './doc';
import type { Match } from './matcher';

/** Punctuation that ends a phrase: a comma, a semicolon, a colon, a dash between spaces, an Arabic or CJK comma. */
export const CLAUSE_BREAK = /[,;:،؛、，；：]|\s[–—-]\s/u;

/**
 * A phrase match without gaps whose words a clause break separates ("Assistent, der per WhatsApp antwortet" read
 * as "Assistent der …"): the words belong to two phrases, so the match says nothing.
 */
export function brokenByClause(doc: Doc, m: Match): boolean {
  if (m.pattern.steps.some((st) => st.gap > 0)) return false;
  const { tokens, norm } = doc;
  for (let k = m.from + 1; k < m.to; k++)
    if (CLAUSE_BREAK.test(norm.text.slice(tokens[k - 1].end, tokens[k].start))) return true;
  return false;
}
