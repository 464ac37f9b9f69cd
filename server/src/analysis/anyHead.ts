/**
 * The head noun of an "any": "reply in any language", "bahasa apa pun yang dipakai", "任何一家分行", "any of our
 * 40 branches". A universal word (`anyWord`) whose noun is a setting of the conversation or of the business
 * (a `settingWord`: language, time, format, branch, channel, device, customer) is not about what users may ask,
 * so a grant phrase built on it does not open the bot. A topic word (question, topic, request) inside the phrase
 * or between the "any" and its noun keeps it a grant.
 */

import { type Context, commaBetween } from './context';
import { ownLanguageMask } from './ownMask';
import type { Match } from './matcher';

/** Words between the "any" and its noun: "any of our 40 branches", "任何一家分行". */
const GAP = 3;

/** The first token of an `anyWord` inside the match, or -1. */
function anyStart(ctx: Context, m: Match): number {
  const any = ctx.covered('anyWord');
  for (let k = m.from; k < m.to; k++) if (any[k]) return k;
  return -1;
}

/**
 * True when the phrase's "any" governs a setting noun: the word right before it (nouns come first in
 * Indonesian, Malay, Swahili, Thai: "bahasa apa pun", "lugha yoyote") or within three words after it, in its
 * clause, with no topic word on the way.
 */
export function anyOverSetting(ctx: Context, m: Match): boolean {
  if (ctx.doc.matches.settingWord.length === 0) return false;
  const a = anyStart(ctx, m);
  if (a < 0) return false;
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const any = ctx.covered('anyWord');
  const topic = ctx.covered('topicWord');
  const setting = ownLanguageMask(ctx, 'settingWord');
  for (let k = m.from; k < m.to; k++) if (topic[k] && !any[k] && !setting[k]) return false;
  if (a > 0 && setting[a - 1] && !topic[a - 1] && sentence[a - 1] === sentence[a] && !commaBetween(doc, a)) return true;
  let e = a;
  while (e < doc.tokens.length && any[e]) e++;
  for (let k = e; k < e + 1 + GAP && k < doc.tokens.length && sentence[k] === sentence[a]; k++) {
    if (commaBetween(doc, k) || (topic[k] && !setting[k])) return false;
    if (setting[k]) return true;
  }
  return false;
}
