/**
 * Negative concord: a phrase that ends on its own negated verb ("断らず") agrees with a negation word right before it
 * ("決して断らずに"): the word reinforces the phrase's own negation instead of turning it around, as the verb-final
 * languages that require it write (Japanese 決して…ず). A negation farther away still negates.
 */

import type { Context } from './context';
import type { Match } from './matcher';

/** Tokens between the negation word and the phrase that still read as one verb group ("决して", "nigdy"). */
const CONCORD_GAP = 1;

/**
 * Whether the phrase ends on a postposed negation of its own (a verb-final negated verb: "断らず", "거절하지 않고"). A
 * negation word inside an idiom ("no matter the topic", "de tout et de rien") or a circumfix ("ne refuse pas") agrees
 * with nothing.
 */
function ownNegation(ctx: Context, m: Match): boolean {
  if (ctx.covered('negationAfter')[m.to - 1] !== 1) return false;
  // Not a circumfix whose first half stands before the verb ("ne refuse pas"): that is a negation like any other.
  const before = ctx.covered('negation');
  for (let k = m.from; k < m.to - 1; k++) if (before[k]) return false;
  return true;
}

/**
 * Whether the phrase opens on a negated verb of its own, one word written with its negative prefix or particle
 * ("neodmítej žádnou otázku", "не отказывай", "nie odmawiaj"): the Slavic languages require a "never" word before it
 * to agree ("Nikdy neodmítej", "Никогда не отказывай"), and a "no" word inside it too ("neodmítej žádnou otázku"):
 * neither turns the phrase around.
 */
export function opensOnOwnNegation(ctx: Context, m: Match): boolean {
  const neg = ctx.covered('negation');
  // (Not a phrase that opens on a "there is no" word, "нет ограничений": a negation before that does turn it around.)
  const none = ctx.covered('noneWord');
  // (Nor one right after its own particle again, "не не отказывай": that is a double negation.)
  const { tokens } = ctx.doc;
  const repeated = m.from > 0 && tokens[m.from - 1].text === tokens[m.from].text;
  return neg[m.from] === 1 && none[m.from] !== 1 && !repeated && m.to - m.from >= 2 && SLAVIC.has(m.pattern.lang);
}

/** Languages with negative concord before a negated verb ("nikdy ne-", "никогда не", "nigdy nie"). */
const SLAVIC = new Set(['cs', 'sk', 'pl', 'ru', 'uk', 'bg', 'sr', 'hr', 'sl']);

/** A negation word ending at most CONCORD_GAP tokens before `m`, in its sentence, that `m` agrees with. */
export function negativeConcord(ctx: Context, m: Match): boolean {
  const { sentence } = ctx.doc.structure;
  if (!ownNegation(ctx, m) && !opensOnOwnNegation(ctx, m)) return false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 1 - CONCORD_GAP && sentence[k] === sentence[m.from]; k--)
    if (ctx.negEnd[k]) return true;
  return false;
}
