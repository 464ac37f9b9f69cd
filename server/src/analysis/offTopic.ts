/**
 * Phrases about other requests ("anything else", "if the user writes anything"): whether one offers
 * them or only frames a condition that the prompt answers with a limit, a contact or a fixed reply.
 */

import type { Context } from './context';
import type { Match } from './matcher';

/**
 * "Also help customers with anything else they need": an off-topic phrase offered as a plain
 * instruction, with no condition, negation, refusal, handoff or contact in its sentence, opens the bot
 * ("for anything else, call us" and "if they ask about anything else, decline" stay neutral).
 */
export function offersOffTopic(ctx: Context, m: Match): boolean {
  const { structure: st } = ctx.doc;
  const s = st.sentence[m.from];
  if (ctx.negationSentences.has(s) || ctx.refusalSentences.has(s) || st.quoted[m.from]) return false;
  for (const c of ['conditional', 'escalation', 'refusal', 'noEscalation'] as const) {
    if (ctx.sentences(c).has(s)) return false;
  }
  // "For anything else, …" / "Con qualsiasi altra cosa: …": the phrase opens its sentence and frames what follows.
  let before = 0;
  for (let k = m.from - 1; k >= 0 && st.sentence[k] === s; k--) {
    if (ctx.conditional[k] || ctx.inContact[k]) return false;
    before++;
  }
  if (before <= 1) return false;
  // "Users may ask about anything else. Keep your answers about shoes.": a limit after the phrase, in
  // its sentence or the next, takes it back.
  for (const c of ['scope', 'refusal'] as const) {
    for (const x of ctx.doc.matches[c])
      if (x.from >= m.to && (st.sentence[x.from] === s || st.sentence[x.from] === s + 1)) return false;
  }
  for (let k = m.to; k < st.sentence.length && st.sentence[k] === s; k++) if (ctx.inContact[k]) return false;
  return true;
}

const FIXED_REPLY_REACH = 4;

/**
 * "If the user writes anything, reply: "This number only sends codes."": the phrase sits in an
 * if-clause and the main clause answers with a quoted canned message, so nothing is offered.
 */
export function conditionForFixedReply(ctx: Context, m: Match): boolean {
  const { structure: st } = ctx.doc;
  const s = st.sentence[m.from];
  let cond = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 8 && st.sentence[k] === s; k--) {
    if (ctx.conditional[k]) {
      cond = true;
      break;
    }
    if (commaBefore(ctx, k + 1)) return false;
  }
  if (!cond) return false;
  let j = m.to;
  while (j < st.sentence.length && j < m.to + FIXED_REPLY_REACH && st.sentence[j] === s && !commaBefore(ctx, j)) j++;
  if (j >= st.sentence.length || !commaBefore(ctx, j)) return false;
  for (let k = j; k < j + FIXED_REPLY_REACH && k < st.sentence.length && st.sentence[k] === s; k++)
    if (st.quoted[k]) return true;
  return false;
}

function commaBefore(ctx: Context, k: number): boolean {
  const { tokens, norm: nt } = ctx.doc;
  return k > 0 && /[,，،、:：]/.test(nt.text.slice(tokens[k - 1].end, tokens[k].start));
}
