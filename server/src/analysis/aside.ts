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

/** Longest parenthesis skipped after off-topic words (characters). */
const SKIPPED_ASIDE = 240;

/**
 * Tokens inside a parenthesis that opens right after token `k - 1` ("questions other than rentals (cooking,
 * coding, homework…) answer too", "不動産以外の質問（料理、旅行など）にも答えて"): the examples of the condition, which
 * do not put its consequence further away. 0 when none opens there or it does not close on its line.
 */
export function asideTokensAfter(ctx: Context, k: number): number {
  const { tokens, norm } = ctx.doc;
  if (k <= 0 || k >= tokens.length) return 0;
  const gap = norm.text.slice(tokens[k - 1].end, tokens[k].start);
  if (!/^\s*[(（]/.test(gap)) return 0;
  const open = tokens[k - 1].end + gap.search(/[(（]/);
  const close = norm.text.slice(open, open + SKIPPED_ASIDE).search(/[)）\n]/);
  if (close < 0 || /\n/.test(norm.text[open + close])) return 0;
  return firstNotBefore(tokens.length, (j) => tokens[j].start < open + close) - k;
}
