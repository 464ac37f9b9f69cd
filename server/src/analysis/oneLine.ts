/**
 * A one-line acknowledgement before steering back: "if someone asks something off-topic, reply in one friendly
 * line and then bring them back to bookings", "chỉ đáp lại một câu ngắn … rồi quay lại", "用一句簡單禮貌咁回應，然後帶返去".
 * A reply bounded to one sentence or line (`oneLine`) inside the leak's own span is small talk answered in passing,
 * not an answer to the request: the bot is not told to serve it. "Answer it briefly, then steer back" (no such
 * bound) and "use your general knowledge, then answer in one line" (the bound outside the leak's span) stay leaks.
 */

import type { Context } from './context';
import type { Match } from './matcher';

/** Whether the leak's span holds a bound of its reply to one sentence or line. */
export function oneLineReply(ctx: Context, m: Match): boolean {
  if (ctx.doc.matches.oneLine.length === 0) return false;
  const b = ctx.covered('oneLine');
  for (let k = m.from; k < m.to; k++) if (b[k]) return true;
  return false;
}
