/**
 * Who reads the output: a prompt that says its output goes to staff or to a program and not to the customer
 * ("the customer never sees your output", "Du pratar aldrig med kunden", "Customer ko directly kuch nahi jaata",
 * "the agent will read, edit and send it") drafts, scores, tags or summarises for someone else. That is its output
 * contract, whatever sample dialogue it processes: one cue of a pipeline step (purpose.ts), which still needs
 * another (an input slot, an output format, labels, fields, where the file sits). The statements are language
 * data (`offstage:` in lexicons/<lang>.yaml); one inside a quotation is someone else's words and does not count.
 */

import type { Context } from './context';
import type { Doc } from './doc';
import { ownLanguageMask } from './ownMask';

export const OFFSTAGE_CUE = 'its output goes to staff or a program, not to the customer';

/** Whether the prompt says, outside quotations, that its output does not reach the customer. */
export function saysOffstage(doc: Doc): boolean {
  const { quoted } = doc.structure;
  return doc.matches.offstage.some((m) => !quoted[m.from]);
}

/** Longest clause (tokens) read as a blanket prohibition on addressing the customer: a longer one says about what. */
const SILENT_CLAUSE_MAX = 8;

/**
 * A clause that forbids addressing the customer at all, composed from word classes rather than listed: a negation
 * (before the verb, after it, or a negating suffix), an answer, speech or "nothing" word, and the person a reply
 * would reach (`addresseeWord`: customer, user, sender, inflected) in one short clause: "Do not reply to the
 * customer", "No le respondas al cliente", "Клиенту ничего не пиши", "Kullanıcıya asla cevap yazma", "клиентке
 * жауап берме". A clause that goes on to say about what ("never answer the customer about prices") is longer than
 * a bare prohibition and is the scope of a bot, not the absence of a reader. Quoted clauses are someone else's words.
 * Each clause is read once (linear).
 */
export function forbidsAddressingCustomer(ctx: Context): boolean {
  const { doc } = ctx;
  if (doc.matches.addresseeWord.length === 0) return false;
  const addressee = ownLanguageMask(ctx, 'addresseeWord');
  const act = ownLanguageMask(ctx, 'answerWord', 'speechWord', 'sayWord', 'noneWord');
  const { quoted } = doc.structure;
  const seen = new Set<number>();
  for (const m of doc.matches.addresseeWord) {
    if (!addressee[m.from] || quoted[m.from]) continue;
    const end = ctx.clauseLast[m.from];
    if (seen.has(end)) continue;
    seen.add(end);
    let start = m.from;
    while (start > 0 && ctx.clauseLast[start - 1] === end && m.from - start <= SILENT_CLAUSE_MAX) start--;
    if ((start > 0 && ctx.clauseLast[start - 1] === end) || end - start + 1 > SILENT_CLAUSE_MAX) continue;
    let neg = false;
    let spoken = false;
    for (let k = start; k <= end; k++) {
      if (ctx.negEnd[k] || ctx.negAfterStart[k] > 0) neg = true;
      else if (act[k] && !addressee[k]) spoken = true;
    }
    if (neg && spoken) return true;
  }
  return false;
}
