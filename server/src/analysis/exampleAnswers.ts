/**
 * Few-shot examples judged by what the bot's turns do. A sample dialogue teaches the bot its behaviour even when
 * no rule states it: a user turn that asks for a general task of some domain (a recipe, homework, a cover letter,
 * code) followed by a bot reply that serves it at length, without refusing, limiting or pointing elsewhere, shows
 * the bot answering a request outside its business: a leak. The same request answered by a refusal ("Sorry, I
 * only help with bookings") is the usual refusal example and stays quiet.
 *
 * The domain must be foreign to the business: when the prompt's own instructions (any line outside the dialogue)
 * name the same task domain — a cooking school that gives recipes, a translation agency — the example shows its
 * business, not a leak.
 */

import type { Context } from './context';
import type { Match } from './matcher';

/** The hover's note on such a leak. */
export const EXAMPLE_ANSWERED =
  'a sample reply serves this request, outside the business, at length: the example teaches the bot to answer it';

/** Fewest words (tokens; a Han or kana character counts as a token) of a reply that serves the request at length. */
export const ANSWER_TOKENS = 12;

const namedDomains = new WeakMap<Context, Set<string>>();

/** Task domains named on lines outside the dialogue (the prompt's own instructions), by any task entry. */
function instructionDomains(ctx: Context): Set<string> {
  let out = namedDomains.get(ctx);
  if (!out) {
    out = new Set();
    const { tokLine } = ctx.doc.structure;
    for (const t of ctx.doc.matches.task)
      if (t.pattern.domain && ctx.role[tokLine[t.from]] === undefined) out.add(t.pattern.domain);
    namedDomains.set(ctx, out);
  }
  return out;
}

const LIMITS = ['refusal', 'scope', 'negation', 'offTopic', 'negationAfter', 'onlyWord'] as const;
const limitLangs = new WeakMap<Context, Map<number, Set<string>>>();

/**
 * Per line: the languages of its limiting cues (a refusal, scope, negation, "only" or off-topic cue), a cue of
 * several words counted in every language ('*'). One pass over those matches.
 */
function limitLanguages(ctx: Context): Map<number, Set<string>> {
  let out = limitLangs.get(ctx);
  if (!out) {
    out = new Map();
    const { tokLine } = ctx.doc.structure;
    for (const c of LIMITS)
      for (const x of ctx.doc.matches[c]) {
        const line = tokLine[x.from];
        let set = out.get(line);
        if (!set) out.set(line, (set = new Set()));
        set.add(x.to - x.from > 1 ? '*' : x.pattern.lang);
      }
    limitLangs.set(ctx, out);
  }
  return out;
}

/**
 * Whether a reply limits, in the request's language or the prompt's main one: a one-word cue of another language
 * is a word of this reply's language that looks like it ("creme" is no Turkish negation in a French recipe).
 */
function limits(ctx: Context, [from, to]: [number, number], lang: string): boolean {
  const byLine = limitLanguages(ctx);
  const main = ctx.languages[0];
  for (let i = from; i < to; i++) {
    const set = byLine.get(i);
    if (set && (set.has('*') || set.has(lang) || (main !== undefined && set.has(main)))) return true;
  }
  return false;
}

const businessLines = new WeakMap<Context, Map<number, Match[]>>();

/**
 * Whether a user turn also names a business word of its language, other than the task noun itself ("a discount
 * code for my order"): then the noun serves the business's own request. Words of the turn's speaker label
 * ("Client:") do not count.
 */
function businessRequest(ctx: Context, m: Match): boolean {
  let map = businessLines.get(ctx);
  if (!map) {
    map = new Map();
    const { tokLine } = ctx.doc.structure;
    const label = ctx.covered('userRole');
    for (const x of ctx.doc.matches.business) {
      if (label[x.from]) continue;
      const l = tokLine[x.from];
      const list = map.get(l);
      if (list) list.push(x);
      else map.set(l, [x]);
    }
    businessLines.set(ctx, map);
  }
  const main = ctx.languages[0];
  const list = map.get(ctx.doc.structure.tokLine[m.from]) ?? [];
  return list.some(
    (x) => (x.to <= m.from || x.from >= m.to) && (x.pattern.lang === m.pattern.lang || x.pattern.lang === main),
  );
}

/**
 * A task noun of one domain in a user turn of a sample dialogue, answered at length by the bot's next turn with
 * no limit, in a domain the instructions never name: the example teaches a leak.
 */
export function answeredInExample(ctx: Context, m: Match): boolean {
  const domain = m.pattern.domain;
  if (!domain) return false;
  const { lines, tokLine } = ctx.doc.structure;
  const line = tokLine[m.from];
  if (ctx.role[line] !== 'user' || businessRequest(ctx, m)) return false;
  const reply = ctx.replyOf[line];
  if (!reply || limits(ctx, reply, m.pattern.lang)) return false;
  const tokens = lines[reply[1] - 1].endTok - lines[reply[0]].firstTok;
  if (tokens < ANSWER_TOKENS) return false;
  return !instructionDomains(ctx).has(domain);
}
