/**
 * Free-choice requests served: a free-choice relative over what the user asks ("whatever they ask",
 * "quelle que soit sa demande", "apa sahaja yang dia tanya", "ne istiyorsa") in a sentence whose
 * verb serves it ("help them fully", "yardımcı ol"). Word classes: `freeWord` (whatever, quoi que,
 * apa sahaja, ne …), `askWord` (ask, want, need, demander, tanya, istemek …) and `answerWord`.
 * A grant like "answer any question", with no phrase of a case behind it; grants.ts applies the usual
 * neutralisers (negation, quotation, refusal in the sentence, domain qualification).
 */

import { type Context, commaBetween, dashBetween } from './context';
import type { Match } from './matcher';
import { firstNotBefore } from './search';

/** Reach from the free-choice word to the verb of asking ("whatever the customer might ask"). */
const ASK_REACH = 4;
/** Reach from the free-choice clause to the serving verb, either side, in the sentence. */
const SERVE_REACH = 10;
/** Reach of a negation around the serving verb ("never help with whatever…", "돕지 마"). */
const NEG_REACH = 3;
/** Reach after the request in which a business word qualifies it ("whatever they need for their order"). */
const BOUND_REACH = 4;
/** Longest serving-verb phrase, in tokens ("ech* una mano"). */
const WORD_SPAN = 4;

/** A clause break (comma-like mark or spaced dash) between token k-1 and token k. */
function breakBefore(ctx: Context, k: number): boolean {
  return commaBetween(ctx.doc, k) || dashBetween(ctx.doc, k);
}

function sameClause(ctx: Context, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (breakBefore(ctx, k)) return false;
  return true;
}

/** Longest reach of the clause around a free choice, either side (bounds the walk in a sentence without breaks). */
const CLAUSE_REACH = 40;

/**
 * The clause closes what a free choice opens: a limit or handoff in the clause of the free choice and
 * its verb ("only help with whatever they ask about their order"), or a refusal in the sentence before
 * the serving verb (a redirect after it, "help them, then bring them back", answers first). A limit in
 * another clause of the sentence ("your task is to make life easy: help with whatever they need") does not.
 */
function closed(ctx: Context, s: number, verb: Match, from: number, to: number): boolean {
  if ((ctx.firstRefusal.get(s) ?? Infinity) < verb.from) return true;
  const { sentence } = ctx.doc.structure;
  let lo = Math.min(from, verb.from);
  let hi = Math.max(to, verb.to);
  const floor = lo - CLAUSE_REACH;
  const ceil = hi + CLAUSE_REACH;
  while (lo > 0 && lo > floor && sentence[lo - 1] === s && !breakBefore(ctx, lo)) lo--;
  while (hi < sentence.length && hi < ceil && sentence[hi] === s && !breakBefore(ctx, hi)) hi++;
  const limits = [ctx.covered('scope'), ctx.covered('escalation'), ctx.covered('noEscalation')];
  for (let k = lo; k < hi; k++) if (limits.some((c) => c[k] === 1)) return true;
  return false;
}

function negatedVerb(ctx: Context, a: Match): boolean {
  const { sentence } = ctx.doc.structure;
  for (let k = a.from - 1; k >= 0 && k >= a.from - NEG_REACH && sentence[k] === sentence[a.from]; k--) {
    if (breakBefore(ctx, k + 1)) break;
    if (ctx.negEnd[k]) return true;
  }
  for (let k = a.to; k < a.to + NEG_REACH && k < sentence.length && sentence[k] === sentence[a.from]; k++) {
    if (breakBefore(ctx, k)) break;
    if (ctx.negAfterStart[k]) return true;
  }
  return false;
}

/** The serving verb of the sentence nearest the free-choice clause [from, to), not negated, or undefined. */
function servingVerb(ctx: Context, from: number, to: number): Match | undefined {
  const { sentence } = ctx.doc.structure;
  const answers = ctx.doc.matches.answerWord;
  let best: Match | undefined;
  let bestDist = Infinity;
  // Matches are in text order: a binary search to the window, then only the matches inside it.
  const lo = firstNotBefore(answers.length, (i) => answers[i].from < from - SERVE_REACH - WORD_SPAN);
  for (let i = lo; i < answers.length && answers[i].from <= to + SERVE_REACH; i++) {
    const a = answers[i];
    if (sentence[a.from] !== sentence[from]) continue;
    const dist = a.from >= to ? a.from - to : a.to <= from ? from - a.to : 0;
    if (dist > SERVE_REACH || dist >= bestDist) continue;
    best = a;
    bestDist = dist;
  }
  return best && !negatedVerb(ctx, best) ? best : undefined;
}

export function freeChoiceGrants(ctx: Context): Match[] {
  const { doc } = ctx;
  if (doc.matches.freeWord.length === 0 || doc.matches.askWord.length === 0) return [];
  const { sentence } = doc.structure;
  const askEnd = ctx.startEnd('askWord');
  const business = ctx.covered('business');
  const out: Match[] = [];
  for (const f of doc.matches.freeWord) {
    let ask = -1;
    for (let k = f.from; k <= f.to - 1 + ASK_REACH && k < askEnd.length; k++) {
      if (sentence[k] !== sentence[f.from] || !sameClause(ctx, f.from, k)) break;
      if (askEnd[k] > 0) {
        ask = k;
        break;
      }
    }
    if (ask < 0) continue;
    const end = askEnd[ask];
    let bound = false;
    for (let k = end; k < end + BOUND_REACH && k < business.length && sentence[k] === sentence[f.from]; k++) {
      if (breakBefore(ctx, k)) break;
      if (business[k]) bound = true;
    }
    if (bound) continue;
    const verb = servingVerb(ctx, f.from, end);
    if (!verb || closed(ctx, sentence[f.from], verb, f.from, end)) continue;
    out.push({ pattern: f.pattern, from: Math.min(f.from, verb.from), to: Math.max(end, verb.to) });
  }
  return out;
}

/** Reach from a serving verb to the off-topic words of its object ("answer it even if it has nothing to do with …"). */
const OBJECT_REACH = 12;

/**
 * Off-topic requests served, the verb first: "answer their question even if it has nothing to do with
 * the shop", "contéstale aunque no tenga nada que ver", "răspunde și la întrebările care nu au legătură".
 * The mirror of the condition-first exception (constructions.ts). Not when the sentence refuses, limits
 * or hands over, when the verb does not open its clause or its object runs past a clause break, when a
 * contrast or a negation right before the off-topic words turns it ("but not anything unrelated"), or
 * when the verb is negated.
 */
export function servedOffTopic(ctx: Context): Match[] {
  const { doc } = ctx;
  const { sentence, quoted } = doc.structure;
  const answers = doc.matches.answerWord;
  const out: Match[] = [];
  let i = 0;
  for (const o of doc.matches.offTopic) {
    if (quoted[o.from]) continue;
    while (i < answers.length && answers[i].from < o.from - OBJECT_REACH) i++;
    let verb: Match | undefined;
    for (let j = i; j < answers.length && answers[j].to <= o.from; j++)
      if (sentence[answers[j].from] === sentence[o.from]) verb = answers[j];
    const s = sentence[o.from];
    // (A negation earlier in the sentence, "don't give medical advice, diet plans or answer topics outside
    // the shop", is grants.ts's to decide, as for any grant: the span starts on the verb.)
    if (!verb || negatedVerb(ctx, verb) || ctx.refusalSentences.has(s)) continue;
    if (ctx.sentences('scope').has(s) || ctx.sentences('escalation').has(s)) continue;
    if (!clauseStart(ctx, verb.from) || !sameClause(ctx, verb.from, o.from) || turnedBetween(ctx, verb.to, o.from))
      continue;
    out.push({ pattern: verb.pattern, from: verb.from, to: o.to });
  }
  return out;
}

/** A contrast word or a negation word right before the off-topic words ("not anything unrelated"). */
function turnedBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.contrast[k]) return true;
  return to > from && ctx.negEnd[to - 1] === 1;
}

/** Words before an imperative at the start of its clause ("please", "also", "then"). */
const LEAD_WORDS = 2;

/** The verb opens its clause (an instruction), not a noun inside one ("answers to unrelated …"). */
function clauseStart(ctx: Context, k: number): boolean {
  const { lines, tokLine } = ctx.doc.structure;
  const first = lines[tokLine[k]].firstTok;
  for (let j = k; j > first && k - j <= LEAD_WORDS; j--) if (breakBefore(ctx, j)) return true;
  return k - first <= LEAD_WORDS;
}
