/** Phrases inside the aside of an off-topic condition: they list what the condition means. */

import type { Context } from './context';
import type { Match } from './matcher';
import { firstNotBefore } from './search';

/** Longest aside read back from a phrase to its opening parenthesis (characters). */
const ASIDE_REACH = 160;

/**
 * The phrase lies in a parenthesis that follows off-topic words ("si te preguntan de otra cosa (tareas,
 * futbol, lo que sea)", "anything unrelated (homework, whatever they like)"): it lists what the condition
 * means, it offers nothing.
 */
export function asideOf(ctx: Context, m: Match, off: Uint8Array): boolean {
  const { tokens, norm } = ctx.doc;
  const at = tokens[m.from].start;
  const lo = Math.max(0, at - ASIDE_REACH);
  let open = -1;
  for (let i = at - 1; i >= lo; i--) {
    const c = norm.text[i];
    if (c === ')' || c === '\n') return false;
    if (c === '(') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const before = firstNotBefore(m.from, (k) => tokens[k].start < open) - 1;
  return before >= 0 && (off[before] === 1 || (before > 0 && off[before - 1] === 1));
}
