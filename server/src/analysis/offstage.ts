/**
 * Who reads the output: a prompt that says its output goes to staff or to a program and not to the customer
 * ("the customer never sees your output", "Du pratar aldrig med kunden", "Customer ko directly kuch nahi jaata",
 * "the agent will read, edit and send it") drafts, scores, tags or summarises for someone else. That is its output
 * contract, whatever sample dialogue it processes: one cue of a pipeline step (purpose.ts), which still needs
 * another (an input slot, an output format, labels, fields, where the file sits). The statements are language
 * data (`offstage:` in lexicons/<lang>.yaml); one inside a quotation is someone else's words and does not count.
 */

import type { Doc } from './doc';

export const OFFSTAGE_CUE = 'its output goes to staff or a program, not to the customer';

/** Whether the prompt says, outside quotations, that its output does not reach the customer. */
export function saysOffstage(doc: Doc): boolean {
  const { quoted } = doc.structure;
  return doc.matches.offstage.some((m) => !quoted[m.from]);
}
