/**
 * The learned clause classifier (./classifier) as one more signal where the lexicon rules are silent:
 * in a language without a lexicon each sentence is classified, a confident grant or task offer opens
 * the bot and a confident handoff counts as a path to a person. Where a lexicon applies, the rules
 * decide alone. The signal names the deciding clause, its class and score (shown in hovers).
 */

import { classifyClause } from './classifier';
import { type Doc, tokSpan } from './doc';
import type { Signal } from './types';

const MIN_SCORE = 0.8;
/** Sentences classified at most (each costs time linear in its length). */
const MAX_SENTENCES = 400;

export function learnedSignals(doc: Doc): Signal[] {
  const out: Signal[] = [];
  const { sentence } = doc.structure;
  let start = 0;
  let count = 0;
  for (let k = 1; k <= sentence.length && count < MAX_SENTENCES; k++) {
    if (k < sentence.length && sentence[k] === sentence[start]) continue;
    const span = tokSpan(doc, start, k);
    const text = doc.text.slice(span.start, span.end);
    const c = classifyClause(text);
    count++;
    const kind =
      c.label === 'grant' || c.label === 'task-offer' ? 'grant' : c.label === 'handoff' ? 'escalation' : undefined;
    if (kind && c.score >= MIN_SCORE)
      out.push({ kind, span, text, lang: 'und', note: `classifier: ${c.label} (${c.score.toFixed(2)})` });
    start = k;
  }
  return out;
}
