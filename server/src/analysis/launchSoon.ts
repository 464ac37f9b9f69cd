/**
 * A path that its own clause says is still to be launched: "Canlı destek hizmetimiz çok yakında açılacak" (our live
 * support opens very soon), "la chat con operatore aprirà a breve", "लाइव एजेंट की सुविधा जल्द शुरू होगी". A "soon"
 * word (`soonWord`) next to a word of opening or launching (`launchWord`) after the phrase, in its clause, makes it a
 * path that does not exist yet. A "soon" alone is no such status: "an agent will contact you soon" is a path, and so
 * is "a colleague will start helping you soon" (the two words are not next to each other).
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
  for (let k = last + 1; k < n && k - last <= reach && sentence[k] === sentence[last]; k++) {
    if (ctx.contrast[k] || ctx.conditional[k] || ctx.inContact[k]) return false;
    if (soon[k]) soonAt = k;
    if (launch[k]) launchAt = k;
    if (soonAt >= 0 && launchAt >= 0 && Math.abs(soonAt - launchAt) <= NEAR + 1) return true;
  }
  return false;
}
