/** Whether a generic persona line is neutralised: negated, quoted, for another channel, or bound to a business. */
import type { Context } from './context';
import type { Match } from './matcher';
import { negatedAfter, negatedBefore } from './negation';
import { otherChannelLines } from './channelSections';
import { CLAUSE_BREAK } from './clauseBreak';

export const OTHER_CHANNEL = 'written for another channel than WhatsApp (the WhatsApp section decides)';
const PERSONA_NEG_WINDOW = 6;
const BOUND_WINDOW = 2;
export const BOUND = 'bound to a business';

export function personaNeutraliser(ctx: Context, m: Match): string | undefined {
  const { structure: st, tokens } = ctx.doc;
  const line = st.tokLine[m.from];
  if (otherChannelLines(ctx)[line]) return OTHER_CHANNEL;
  if (ctx.role[line] === 'user' || ctx.negativeLine[line]) return 'quoted or listed as out of scope';
  if (negatedBefore(ctx, m.from, PERSONA_NEG_WINDOW) || negatedAfter(ctx, m)) return 'negated';
  const broad = ctx.startEnd('broad');
  // Binding words count in the persona's own language only ("di" binds in Italian, means "at" in Malay).
  for (const b of ctx.doc.matches.personaBound) {
    if (b.from < m.to || b.from > m.to + BOUND_WINDOW || b.pattern.lang !== m.pattern.lang) continue;
    if (st.sentence[b.from] !== st.sentence[m.from]) continue;
    // A binder after a clause break opens a relative or new clause ("ein Assistent, der per WhatsApp antwortet",
    // "an assistant, for you"), it does not bind the persona to a business ("Assistent der Stadtwerke").
    if (CLAUSE_BREAK.test(ctx.doc.norm.text.slice(tokens[m.to - 1].end, tokens[b.from].start))) continue;
    if (!(b.to < tokens.length && broad[b.to])) return BOUND;
  }
  return undefined;
}
