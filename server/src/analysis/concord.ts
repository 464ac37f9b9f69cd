/**
 * Negative concord: a phrase that carries its own negation ("断らず", "nie odmawiaj", "no rechaces") agrees with a
 * negation word right before it ("決して断らずに", "nigdy nie odmawiaj", "nunca no rechaces"): the word reinforces
 * the phrase's own negation instead of turning it around, as in the languages that require it (Japanese 決して…ず,
 * Polish nigdy nie, Spanish nunca…no, Russian никогда не). A negation farther away still negates.
 */

import type { Context } from './context';
import type { Match } from './matcher';

/** Tokens between the negation word and the phrase that still read as one verb group ("决して", "nigdy"). */
const CONCORD_GAP = 1;

/** Whether the phrase holds a negation word of its own (before or after its verb). */
function ownNegation(ctx: Context, m: Match): boolean {
  const neg = ctx.covered('negation');
  const after = ctx.covered('negationAfter');
  for (let k = m.from; k < m.to; k++) if (neg[k] || after[k]) return true;
  return false;
}

/** A negation word ending at most CONCORD_GAP tokens before `m`, in its sentence, that `m` agrees with. */
export function negativeConcord(ctx: Context, m: Match): boolean {
  const { sentence } = ctx.doc.structure;
  if (!ownNegation(ctx, m)) return false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 1 - CONCORD_GAP && sentence[k] === sentence[m.from]; k--)
    if (ctx.negEnd[k]) return true;
  return false;
}
