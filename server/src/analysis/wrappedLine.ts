/**
 * Hard-wrapped prose: a sentence that goes on past a line break ("… escalate to our\nAI supervisor, Max, …"). The
 * document structure ends a sentence at every line break; readers of one clause (a handoff and its target) use this
 * to read on when the break only wraps the text.
 */

import type { Doc } from './doc';

/** Sentence punctuation before the break: the line ended its sentence. */
const ENDS_SENTENCE = /[.!?;。！？；؟۔।]/;

/** Token `k` goes on with the sentence of token `k - 1`: the same sentence, or the next plain line of a wrapped one. */
export function continuesSentence(doc: Doc, k: number): boolean {
  const { sentence, tokLine, lines } = doc.structure;
  if (k <= 0 || k >= doc.tokens.length) return false;
  if (sentence[k] === sentence[k - 1]) return true;
  const from = tokLine[k - 1];
  const to = tokLine[k];
  if (to !== from + 1 || lines[to].kind !== 'text' || lines[from].colon) return false;
  if (lines[from].kind !== 'text' && lines[from].kind !== 'list') return false;
  return !ENDS_SENTENCE.test(doc.norm.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start));
}
