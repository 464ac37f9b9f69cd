/**
 * Where a negation before a handoff phrase stops: at the head of the next clause. Languages coordinate negated
 * actions with "or" words ("never argue or transfer", "ni … ni", "atau"); an "and" word after a negated clause
 * that has words of its own starts a new, positive clause: "do not argue and transfer to an agent", "no discutas y
 * pasa la conversación", "jangan berdebat dan sambungkan ke admin", "non giustificarti e passa la chat". So does a
 * comma or colon right after a negation that closes its clause: "ne discute pas, transfère la conversation",
 * "diskutiere nicht: verbinde …" (but not "never, under any circumstances, transfer …", nor a list of verbs after
 * one negation: "never transfer, escalate or …").
 */

import { type Context, commaBetween } from './context';
import { ownLanguageMask } from './ownMask';

/**
 * The first token of the clause that the phrase starting at token `a` heads, when a clause break lies right
 * before it (one word may sit between the break and the phrase: "and *politely* transfer"); -1 otherwise.
 * Negation before that token does not reach the phrase.
 */
export function clauseHead(ctx: Context, a: number): number {
  const { sentence } = ctx.doc.structure;
  const and = ownLanguageMask(ctx, 'andWord');
  // Negation words as the lexicons list them, also where a longer phrase took them over ("… dan tidak terhubung …").
  const negative = ownLanguageMask(ctx, 'negation', 'negationAfter', 'noEscalation');
  for (let b = a; b >= a - 1 && b >= 2; b--) {
    if (sentence[b - 1] !== sentence[a]) return -1;
    if (b < a && (and[b] || negative[b] || ctx.negEnd[b] || commaBetween(ctx.doc, b + 1))) return -1;
    if (and[b - 1]) {
      // The "and" word with everything it spans, then the word before it: content, not the negation itself.
      let k = b - 1;
      while (k > 0 && and[k - 1] && sentence[k - 1] === sentence[a]) k--;
      const before = k - 1;
      if (before < 0 || sentence[before] !== sentence[a] || ctx.negEnd[before]) return -1;
      return b;
    }
    if (commaBetween(ctx.doc, b) && closesClause(ctx, b - 1)) return b;
  }
  return -1;
}

/** A negation cue at token k that ends a clause with a word of its own before it ("ne discute *pas*,"). */
function closesClause(ctx: Context, k: number): boolean {
  const { sentence } = ctx.doc.structure;
  return (
    ctx.negEnd[k] === 1 && k >= 1 && sentence[k - 1] === sentence[k] && !commaBetween(ctx.doc, k) && !ctx.negEnd[k - 1]
  );
}
