/**
 * An "any" that ranges over a list the prompt keeps under a negating key: "Για οτιδήποτε ανήκει στο out_of_scope,
 * απάντησε ότι δεν μπορείς να βοηθήσεις", "על כל דבר שב-out_of_scope השיבי עם out_of_scope_reply", "for anything in
 * forbidden_topics, give the refusal". The key is named in the grant's own clause, as an identifier (snake_case or
 * kebab-case), and reads as a prohibition or an off-topic condition (negativeKeys.ts `readKey`, in the prompt's
 * languages): the "anything" is every item of that list, not every topic.
 */

import type { Context } from './context';
import type { Match } from './matcher';
import { readKey } from './negativeKeys';

/** Tokens after the grant, in its clause, in which the key is looked for ("anything that belongs to the <key>"). */
const KEY_REACH = 6;
/** An identifier: words joined by "_" or "-" (out_of_scope, temas-prohibidos). */
const IDENTIFIER = /^[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)+$/u;

export function overListedKey(ctx: Context, m: Match): boolean {
  const { tokens } = ctx.doc;
  const last = Math.min(ctx.clauseLast[m.to - 1], m.to - 1 + KEY_REACH);
  for (let k = m.to; k <= last; k++) {
    const t = tokens[k].text;
    if (!IDENTIFIER.test(t)) continue;
    const reading = readKey(t, ctx.languages);
    if (reading === 'negates' || reading === 'condition') return true;
  }
  return false;
}
