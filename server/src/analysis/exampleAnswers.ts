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
  const from = lines[reply[0]].firstTok;
  const to = redirectStart(ctx, line, reply) ?? lines[reply[1] - 1].endTok;
  if (to - from < ANSWER_TOKENS) return false;
  return !instructionDomains(ctx).has(domain);
}

/**
 * A reply that does not serve the request: a short deflection before a steer back to the business ("I'll leave the
 * baking to the experts! I can help you book a cleaning though."). A user turn answered so is a quoted request.
 */
export function deflectedReply(ctx: Context, userLine: number, reply: [number, number]): boolean {
  const at = redirectStart(ctx, userLine, reply);
  return at !== undefined && at - ctx.doc.structure.lines[reply[0]].firstTok < ANSWER_TOKENS;
}

/** Shortest word (letters) that names the business in a steer-back: "cleaning", "insurance", "الحجز"; not "with". */
const BUSINESS_WORD = 5;

const ownWords = new WeakMap<Context, Set<string>>();

/** Words of the prompt's own instructions (lines outside the dialogue), lower-cased, of BUSINESS_WORD letters or more. */
function instructionWords(ctx: Context): Set<string> {
  let out = ownWords.get(ctx);
  if (!out) {
    out = new Set();
    const { lines } = ctx.doc.structure;
    for (let l = 0; l < lines.length; l++) {
      if (ctx.role[l] !== undefined) continue;
      for (let k = lines[l].firstTok; k < lines[l].endTok; k++) {
        const w = ctx.doc.tokens[k].text.toLowerCase();
        if (w.length >= BUSINESS_WORD && /^\p{L}+$/u.test(w)) out.add(w);
      }
    }
    ownWords.set(ctx, out);
  }
  return out;
}

/**
 * Where a reply steers back to the business, if it does: its last sentence (or, in a reply of one sentence, what
 * follows its last contrast word) offers help (an answer word: "I can help
 * you book a cleaning though", "فأنا جاهز لمساعدتك في الحجز") with a word the prompt's own instructions use and the
 * request does not. What comes before it is what the reply did with the request: a joke or a one-line deflection
 * ("I'll leave the baking to the experts!") is no answer at length, a recipe is.
 */
function redirectStart(ctx: Context, userLine: number, reply: [number, number]): number | undefined {
  const { lines, sentence } = ctx.doc.structure;
  const { tokens } = ctx.doc;
  const first = lines[reply[0]].firstTok;
  const end = lines[reply[1] - 1].endTok;
  if (end <= first) return undefined;
  let start = end - 1;
  while (start > first && sentence[start - 1] === sentence[end - 1]) start--;
  // A reply of one sentence steers back after its last "but" ("Wah, kalau PR saya angkat tangan 😄 Tapi saya bisa…").
  if (start === first) {
    start = end - 1;
    while (start > first && !ctx.contrast[start]) start--;
    if (start === first) return undefined;
  }
  const answer = ctx.covered('answerWord');
  if (!answer.subarray(start, end).includes(1)) return undefined;
  const asked = new Set<string>();
  for (let k = lines[userLine].firstTok; k < lines[userLine].endTok; k++) asked.add(tokens[k].text.toLowerCase());
  const own = instructionWords(ctx);
  for (let k = start; k < end; k++) {
    const w = tokens[k].text.toLowerCase();
    if (!answer[k] && own.has(w) && !asked.has(w)) return start;
  }
  return undefined;
}
