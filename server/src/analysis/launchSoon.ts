/**
 * A path that its own clause says is still to be launched: "Canlı destek hizmetimiz çok yakında açılacak" (our live
 * support opens very soon), "la chat con operatore aprirà a breve", "लाइव एजेंट की सुविधा जल्द शुरू होगी". A "soon"
 * word (`soonWord`) next to a word of opening or launching (`launchWord`) after the phrase, in its clause, makes it a
 * path that does not exist yet. A "soon" alone is no such status: "an agent will contact you soon" is a path, and so
 * is "a colleague will start helping you soon" (the two words are not next to each other).
 * The same clause may also say the path has not been opened or launched: a negation right before (or, in a
 * verb-final language, right after) a launch word ("转人工的功能尚未开放", "live chat with an agent has not launched
 * yet", "la chat con un operatore non è ancora attivata", "canlı destek henüz açılmadı" read by its negated verb).
 * That predicate must belong to the phrase's own clause: no punctuation, "and", contrast or condition between
 * ("transfer to an agent, and do not open a new ticket" keeps the path).
 * Reads a few tokens after one phrase: constant work per handoff.
 */

import type { Context } from './context';
import { ownLanguageMask } from './ownMask';

/** Tokens read after the phrase, in its sentence. */
const CLAUSE = 10;
/** Most tokens between the "soon" word and the launch word ("will open very soon", "em breve será lançado"). */
const NEAR = 2;

/** The phrase or contact whose last token is `last` is said, in its clause, to be launched soon. */
export function launchesSoon(ctx: Context, last: number, reach = CLAUSE): boolean {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const n = doc.tokens.length;
  const soon = ownLanguageMask(ctx, 'soonWord');
  const launch = ownLanguageMask(ctx, 'launchWord');
  let soonAt = -1;
  let launchAt = -1;
  if (notLaunched(ctx, last, launch)) return true;
  for (let k = last + 1; k < n && k - last <= reach && sentence[k] === sentence[last]; k++) {
    if (ctx.contrast[k] || ctx.conditional[k] || ctx.inContact[k]) return false;
    if (soon[k]) soonAt = k;
    if (launch[k]) launchAt = k;
    if (soonAt >= 0 && launchAt >= 0 && Math.abs(soonAt - launchAt) <= NEAR + 1) return true;
  }
  return false;
}

/** Tokens after the phrase read for its "not launched" predicate ("…的功能尚未开放", "… wala option abhi band hai"). */
const PREDICATE = 6;
/** Most tokens between the negation and the launch word ("has not yet been launched"). */
const NEG_NEAR = 3;
/** A gap that ends the phrase's clause: punctuation other than a hyphen or an apostrophe. */
const CLAUSE_GAP = /[,;:.!?()[\]|—–，；：。！？（）、]/;

/** The phrase whose last token is `last` is said, in its own clause, not to be opened or launched (yet). */
function notLaunched(ctx: Context, last: number, launch: Uint8Array): boolean {
  const { doc } = ctx;
  const { tokens, norm } = doc;
  const { sentence } = doc.structure;
  const and = ownLanguageMask(ctx, 'andWord');
  let negAt = -1;
  for (let k = last + 1; k < tokens.length && k - last <= PREDICATE && sentence[k] === sentence[last]; k++) {
    if (CLAUSE_GAP.test(norm.text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (ctx.contrast[k] || ctx.conditional[k] || ctx.inContact[k] || and[k]) return false;
    const neg = ctx.negEnd[k] > 0 || ctx.negAfterStart[k] > 0;
    if (launch[k] && (neg || (negAt >= 0 && k - negAt <= NEG_NEAR))) return true;
    if (neg) {
      // A postposed negation after the launch word ("açılmadı" is one word; "शुरू नहीं हुई").
      if (k - 1 > last && launch[k - 1]) return true;
      negAt = k;
    }
  }
  return false;
}
