/**
 * A phrase that a gap pattern began inside a condition: "If the documents do not contain the answer, answer from
 * your own knowledge" matches "answer … from your own knowledge" from the condition's "answer". The condition's
 * negation belongs to the condition; the phrase is read from the main clause, after the comma that closes it.
 */

import { type Context, commaBetween } from './context';
import type { Match } from './matcher';

/** How far back (tokens) from the clause break a conditional cue is looked for. */
const CONDITION_REACH = 24;

/** The first token of the clause the phrase ends in, when an earlier clause of it is a condition; else `m.from`. */
export function mainClauseStart(ctx: Context, m: Match): number {
  let from = m.from;
  for (let k = m.from + 1; k < m.to; k++) if (commaBetween(ctx.doc, k)) from = k;
  if (from === m.from) return m.from;
  const { sentence } = ctx.doc.structure;
  for (let j = from - 1; j >= 0 && from - j <= CONDITION_REACH && sentence[j] === sentence[from]; j--)
    if (ctx.conditional[j]) return from;
  return m.from;
}
