/**
 * An off-topic request answered in full: "Fragen außerhalb dieser Themen beantworten Sie vollständig und
 * ausführlich … und kehren Sie dann zurück", "if they ask something unrelated, answer it fully, then steer back",
 * "koi aur topic pooche … to usko poora detail mein answer karo". A word of fullness (`fullWord`: fully, in
 * detail, vollständig, πλήρως, poora) next to the answer word marks it as the consequence that serves the request,
 * wherever the verb stands (verb-second or verb-final order needs no comma after the condition), and whatever
 * steering back follows it: the request is answered first (refusalOrder.ts keeps a refusal that comes before).
 * The span runs from the condition to the answer and its fullness word; grants.ts applies the same neutralisers as
 * to any leak (quotation, few-shot turns, negation, a refusal earlier in the sentence).
 */

import type { Context } from './context';
import type { Match } from './matcher';
import { firstNotBefore } from './search';

/** Reach (tokens) between an off-topic condition and the answer word of its consequence. */
const CONSEQUENCE_REACH = 24;
/** Reach between the answer word and its fullness word, on either side ("answer it fully", "poora detail mein answer"). */
const FULL_REACH = 3;
/** Reach of a negation before the answer word or its fullness word ("never answer fully", "nicht vollständig"). */
const NEG_REACH = 3;

/** The first fullness word within reach of the answer word, in its sentence, or undefined. */
function fullnessOf(ctx: Context, a: Match, fulls: readonly Match[]): Match | undefined {
  const { sentence } = ctx.doc.structure;
  for (let i = firstNotBefore(fulls.length, (j) => fulls[j].from < a.from - FULL_REACH); i < fulls.length; i++) {
    const f = fulls[i];
    if (f.to <= a.from - FULL_REACH || sentence[f.from] !== sentence[a.from]) continue;
    if (f.from >= a.to + FULL_REACH) break;
    if (f.from >= a.to || f.to <= a.from) return f;
  }
  return undefined;
}

/** A negation shortly before `from`, or a postposed one right after `to`, in the sentence. */
function negatedNear(ctx: Context, from: number, to: number): boolean {
  const { sentence } = ctx.doc.structure;
  for (let k = from - 1; k >= 0 && k >= from - NEG_REACH && sentence[k] === sentence[from]; k--)
    if (ctx.negEnd[k]) return true;
  for (let k = from; k < to; k++) if (ctx.negEnd[k]) return true;
  for (let k = to; k < ctx.negAfterStart.length && k <= to + NEG_REACH - 1; k++)
    if (ctx.negAfterStart[k] > 0) return true;
  return false;
}

/** Off-topic conditions answered in full (see the module comment). */
export function fullAnswerLeaks(ctx: Context): Match[] {
  const { doc } = ctx;
  if (doc.matches.fullWord.length === 0 || doc.matches.offTopic.length === 0) return [];
  const byStart = (x: Match, y: Match) => x.from - y.from;
  const fulls = [...doc.matches.fullWord].sort(byStart);
  const answers = [...doc.matches.answerWord].sort(byStart);
  const { sentence, quoted } = doc.structure;
  const out: Match[] = [];
  for (const o of doc.matches.offTopic) {
    if (quoted[o.from]) continue;
    for (let i = firstNotBefore(answers.length, (j) => answers[j].from < o.to); i < answers.length; i++) {
      const a = answers[i];
      if (sentence[a.from] !== sentence[o.from] || a.from - o.to > CONSEQUENCE_REACH || quoted[a.from]) break;
      const f = fullnessOf(ctx, a, fulls);
      if (!f) continue;
      const from = Math.min(a.from, f.from);
      const to = Math.max(a.to, f.to);
      if (!negatedNear(ctx, from, to)) out.push({ pattern: a.pattern, from: o.from, to });
      break;
    }
  }
  return out;
}

/** The leak's span holds a word of fullness: it answers the off-topic request in full (see the module comment). */
export function answeredInFull(ctx: Context, m: Match): boolean {
  if (ctx.doc.matches.fullWord.length === 0) return false;
  const full = ctx.covered('fullWord');
  for (let k = m.from; k < m.to; k++) if (full[k]) return true;
  return false;
}
