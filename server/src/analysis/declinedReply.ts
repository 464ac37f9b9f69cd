/**
 * An off-topic policy is judged by what the bot does with the request: "answer in one sentence that this is not
 * something we can help with here", "ให้ตอบสั้น ๆ … (เช่น บอกว่าเรื่องนี้ช่วยไม่ได้)". The answer word's own content is
 * a decline (a negation or a refusal in the clause it introduces), so the request is declined, not answered.
 */

import type { Context } from './context';
import type { Match } from './matcher';

/** Reach (tokens) after the answer word in which the reported decline stands (Thai words are short). */
const DECLINE_REACH = 16;
/** A break that starts another instruction: a comma-like mark or a spaced dash (a parenthesis only explains). */
const NEW_CLAUSE = /[,;，；、،؛]|\s[-–—]\s/;
/** A parenthesis opened after the answer word explains it: "(for example, say that we cannot help with it)". */
const OPEN_PAREN = /[(（]/;
/** Scripts written without spaces between words, where a space separates clauses (Thai, Lao, Khmer, Burmese). */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * A negation or refusal after the answer word `a`, in its sentence, with no break that starts another
 * instruction and no coordinating "and" between them ("answer fully and don't mention prices" adds an instruction;
 * in Thai a space between words is such a break), unless inside a parenthesis that explains the answer.
 */
export function answerReportsDecline(ctx: Context, a: Match): boolean {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const refusal = new Uint8Array(doc.tokens.length);
  for (const r of doc.matches.refusal) if (!ctx.negatedRefusals.has(r)) refusal.fill(1, r.from, r.to);
  const and = ctx.covered('andWord');
  const { tokens, norm } = doc;
  let paren = false;
  for (let k = a.to; k < tokens.length && k < a.to + DECLINE_REACH && sentence[k] === sentence[a.from]; k++) {
    const gap = norm.text.slice(tokens[k - 1].end, tokens[k].start);
    if (OPEN_PAREN.test(gap)) paren = true;
    if (!paren && (NEW_CLAUSE.test(gap) || spacedClause(ctx, k) || and[k])) return false;
    if (ctx.negEnd[k] || ctx.negAfterStart[k] > 0 || refusal[k]) return true;
  }
  return false;
}

/**
 * A space between two words of an unspaced script (Thai): a clause break, except around the repetition mark "ๆ",
 * which Thai writes between spaces ("ตอบสั้น ๆ อย่างสุภาพ").
 */
function spacedClause(ctx: Context, k: number): boolean {
  const { tokens, norm } = ctx.doc;
  const before = norm.text[tokens[k - 1].end - 1];
  const after = norm.text[tokens[k].start];
  if (before === REPEAT || after === REPEAT) return false;
  return (
    UNSPACED.test(before) && UNSPACED.test(after) && /\s/.test(norm.text.slice(tokens[k - 1].end, tokens[k].start))
  );
}

const REPEAT = '\u0e46';
