/**
 * A refusal turned around that governs a business object: "符合条件的退货申请不要拒绝" (don't turn down a
 * qualifying return request), "never refuse a refund within 30 days". The bot serves that request; it opens
 * nothing else. A reversal over questions, topics or anything ("never refuse a question") still opens.
 */

import { type Context, commaBetween } from './context';
import type { Match } from './matcher';
import { ownLanguageMask } from './ownMask';

/** Tokens read back from the phrase to its clause's start (a topicalised object stands before the verb). */
const CLAUSE_REACH = 12;

/** Word classes that make the object open: a question, a topic, a request of any kind, "anything". */
const OPEN_OBJECT = ['topicWord', 'askWord', 'anyWord', 'broad', 'offTopic'] as const;

export function reversalOverBusiness(ctx: Context, m: Match): boolean {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  // The phrase opens on its own negation ("don't refuse", "不要拒绝"): a reversal. Not "help even if it is not
  // about our products" ("også selvom det ikke handler om"), whose negation belongs to an off-topic clause in it.
  const neg = ctx.covered('negation');
  const off = ctx.covered('offTopic');
  // (Its first or, after an auxiliary, its second word: "do not refuse", "don't refuse".)
  if (!neg[m.from] && !(m.to - m.from > 2 && neg[m.from + 1])) return false;
  for (let k = m.from; k < m.to; k++) if (off[k]) return false;
  let from = m.from;
  while (
    from > 0 &&
    m.from - from < CLAUSE_REACH &&
    sentence[from - 1] === sentence[m.from] &&
    !commaBetween(doc, from)
  )
    from--;
  const to = ctx.clauseLast[m.to - 1] + 1;
  const business = ownLanguageMask(ctx, 'business');
  const open = OPEN_OBJECT.map((c) => ctx.covered(c));
  let named = false;
  for (let k = from; k < to; k++) {
    if (k >= m.from && k < m.to) continue;
    if (open.some((o) => o[k])) return false;
    if (business[k]) named = true;
  }
  return named;
}
