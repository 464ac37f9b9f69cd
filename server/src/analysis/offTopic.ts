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
  const ix = offTopicIndex(ctx);
  const first = ix.sentenceFirst[m.from];
  if (m.from > 0 && ix.lastFrame[m.from - 1] >= first) return false;
  if (m.from - first <= 1) return false;
  // "Users may ask about anything else. Keep your answers about shoes.": a limit after the phrase, in
  // its sentence or the next, takes it back.
  if ((ix.lastLimit.get(s) ?? -1) >= m.to || ix.lastLimit.has(s + 1)) return false;
  if (m.to < st.sentence.length && st.sentence[m.to] === s && ix.nextContact[m.to] <= ctx.sentenceLast[m.to])
    return false;
  return true;
}

/**
 * Per-token lookups built once per context, so each phrase is judged in constant time (a walk to the
 * sentence's ends, or over every limit, per phrase is quadratic in a text without sentence stops).
 */
interface OffTopicIndex {
  /** sentenceFirst[k]: the first token of k's sentence. */
  sentenceFirst: Int32Array;
  /** lastFrame[k]: the last token at or before k that is conditional or in a contact, or -1. */
  lastFrame: Int32Array;
  /** nextContact[k]: the first token at or after k that is in a contact, or the token count. */
  nextContact: Int32Array;
  /** Sentence → the largest start of a scope or refusal phrase in it. */
  lastLimit: Map<number, number>;
}

const indexes = new WeakMap<Context, OffTopicIndex>();

function offTopicIndex(ctx: Context): OffTopicIndex {
  let ix = indexes.get(ctx);
  if (ix) return ix;
  const { sentence } = ctx.doc.structure;
  const n = sentence.length;
  const sentenceFirst = new Int32Array(n);
  const lastFrame = new Int32Array(n);
  const nextContact = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    sentenceFirst[k] = k > 0 && sentence[k - 1] === sentence[k] ? sentenceFirst[k - 1] : k;
    lastFrame[k] = ctx.conditional[k] || ctx.inContact[k] ? k : k > 0 ? lastFrame[k - 1] : -1;
  }
  for (let k = n - 1; k >= 0; k--) nextContact[k] = ctx.inContact[k] ? k : k + 1 < n ? nextContact[k + 1] : n;
  const lastLimit = new Map<number, number>();
  for (const c of ['scope', 'refusal'] as const) {
    for (const x of ctx.doc.matches[c]) {
      if (x.from >= n) continue;
      const s = sentence[x.from];
      lastLimit.set(s, Math.max(lastLimit.get(s) ?? -1, x.from));
    }
  }
  ix = { sentenceFirst, lastFrame, nextContact, lastLimit };
  indexes.set(ctx, ix);
  return ix;
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

/**
 * "For any other subject, answer: 'I can only help with the clinic.'": the answering verb of a leak is followed by a
 * colon and a quoted canned message, so the off-topic request gets a fixed refusal, not an answer.
 */
export function answeredByQuotedReply(ctx: Context, m: Match): boolean {
  const { structure: st, tokens, norm: nt } = ctx.doc;
  const j = m.to;
  if (j >= tokens.length) return false;
  const gap = nt.text.slice(tokens[j - 1].end, tokens[j].start);
  if (st.quoted[j]) return /^\s*[:：]\s*["“«「'‘]?\s*$/.test(gap);
  // Single quotes the segmenter left unpaired (it takes them for apostrophes): a ': '…' ' closed on the same line.
  if (!/^\s*[:：]\s*['‘]$/.test(gap)) return false;
  const rest = nt.text.slice(tokens[j].start, nt.text.indexOf('\n', tokens[j].start) >>> 0);
  return /[\p{L}\p{N}.!?]['’](?:[\s.,;!?)]|$)/u.test(rest);
}

function commaBefore(ctx: Context, k: number): boolean {
  const { tokens, norm: nt } = ctx.doc;
  return k > 0 && /[,，،、:：]/.test(nt.text.slice(tokens[k - 1].end, tokens[k].start));
}
