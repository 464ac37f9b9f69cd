/**
 * Human paths that are not there for the user: a handoff reserved for a subset of customers ("the transfer is
 * available only to Platinum clients", "σύνδεση μόνο για πελάτες Gold VIP"), and a request for a person inside a
 * condition that the main clause answers with a refusal ("if they ask for a human, explain that it is not
 * possible here"). Both are read one sentence at a time.
 */

import { type Context, commaBetween } from './context';
import { ownLanguageMask } from './ownMask';

/** Words after "only" that name the subset: the tier a restriction word introduces. */
const TIER_REACH = 8;

const subsets = new WeakMap<Context, Set<number>>();

/**
 * Sentences that reserve something for a customer tier: a restriction word (only, wyłącznie, μόνο; or one that
 * follows the tier, as のみ, tu, ብቻ do) or a condition (if, jika, اگر) followed within eight words by a `tierWord` (VIP, premium, platinum, gold, corporate): "only
 * Platinum clients are transferred", "if the plan is premium, call transfer_to_agent". A handoff in such a sentence
 * is not a path for every user of the bot.
 */
export function subsetSentences(ctx: Context): Set<number> {
  let out = subsets.get(ctx);
  if (out) return out;
  out = new Set();
  const tiers = ctx.doc.matches.tierWord;
  if (tiers.length > 0) {
    const { sentence } = ctx.doc.structure;
    const only = ownLanguageMask(ctx, 'onlyWord');
    const tier = new Uint8Array(ctx.doc.tokens.length);
    for (const t of tiers) tier.fill(1, t.from, t.to);
    for (let k = 0; k < only.length; k++) {
      if (!only[k] && !ctx.conditional[k]) continue;
      // A condition ends at a comma: "if they ask for staff, or for a corporate order" names two conditions.
      const condition = !only[k];
      for (let j = k + 1; j < only.length && j <= k + TIER_REACH && sentence[j] === sentence[k]; j++) {
        if (condition && commaBetween(ctx.doc, j)) break;
        if (tier[j]) {
          out.add(sentence[k]);
          break;
        }
      }
      // Where "only" follows what it restricts (Premium ग्राहकों के लिए ही, VIP wateja tu, プレミアム会員のみ).
      if (only[k])
        for (let j = k - 1; j >= 0 && j >= k - TIER_REACH && sentence[j] === sentence[k]; j--)
          if (tier[j]) {
            out.add(sentence[k]);
            break;
          }
    }
  }
  subsets.set(ctx, out);
  return out;
}

/** How far (tokens) the main clause after a condition is read for its refusal. */
const MAIN_REACH = 14;

/**
 * A handoff phrase [a, b) inside a condition ("if the customer asks to talk to a person") whose main clause,
 * after the comma, is negated and names no other path ("explain that this is not possible here").
 */
export function requestRefused(ctx: Context, a: number, b: number): boolean {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const s = sentence[a];
  let cond = false;
  for (let k = a - 1; k >= 0 && k >= a - 10 && sentence[k] === s; k--) {
    if (commaBetween(doc, k + 1)) return false;
    if (ctx.conditional[k]) {
      cond = true;
      break;
    }
  }
  if (!cond) return false;
  const esc = ctx.covered('escalation');
  const contact = ctx.covered('contactCue');
  let main = false;
  let negated = false;
  // A parenthesis belongs to the clause it sits in: its commas open no main clause and its negations answer
  // nothing ("if they want a person (a refund, or the answer did not help), say TEACHER").
  let depth = 0;
  for (let k = b; k < doc.tokens.length && k < b + MAIN_REACH && sentence[k] === s; k++) {
    depth = parenDepth(doc.norm.text, doc.tokens[k - 1].end, doc.tokens[k].start, depth);
    if (depth > 0) continue;
    if (!main) {
      main = commaBetween(doc, k);
      if (!main) continue;
    }
    if (esc[k] || contact[k] || ctx.inContact[k]) return false;
    if (ctx.negEnd[k] || ctx.negAfterStart[k]) negated = true;
  }
  return negated;
}

/** The bracket depth after the text [from, to) between two tokens, from `depth` before it. */
export function parenDepth(t: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 40 /* ( */ || ch === 0xff08 /* （ */) depth++;
    else if ((ch === 41 /* ) */ || ch === 0xff09) /* ） */ && depth > 0) depth--;
  }
  return depth;
}
