/**
 * A staffed place: a sentence that names people who serve (a lexicon's `HUMAN` word: "personal",
 * "nhân viên", "medewerker") together with opening hours ("de 8 a 14 h", "7h–19h", "8.30–17.00") is a
 * counter, branch or office where a person answers: a path to a human in any language the lexicons
 * name people in, recognised from the hours' form rather than from a verb.
 */

import type { Context } from './context';
import { tokenAt } from './deadEnds';
import { tokSpan } from './doc';
import { negatedBefore } from './negation';
import type { Signal } from './types';
import { namesPerson } from './typedKeywords';

/** Opening hours: two clock times, or hour numbers with a clock mark, joined by a dash or a short word or two. */
const HOURS =
  /(?<![\p{N}])(?:[01]?\d|2[0-4])(?:[:.h]\d{2}|\s?h)?\s*(?:[-–—~〜]|(?:\p{L}{1,6}\s+){0,1}\p{L}{1,6})\s*(?:[01]?\d|2[0-4])(?:[:.]\d{2}|\s?(?:h|uhr|uur|giờ)\b)/u;
/** At least one side must carry a clock mark: "8 a 14" alone is no time. */
const CLOCK = /\d[:.]\d{2}|\d\s?h\b|\d\s?(?:uhr|uur|giờ)/u;
const CLOCK_ALL = new RegExp(CLOCK.source, 'gu');
const NEG_WINDOW = 5;

export function staffedPlaceSignals(ctx: Context): Signal[] {
  const { doc } = ctx;
  const { sentence, tokLine } = doc.structure;
  const out: Signal[] = [];
  // Only sentences with a clock time are read: most prompts have none, and then nothing is looked up.
  const timed = new Set<number>();
  for (const m of doc.norm.text.matchAll(CLOCK_ALL)) {
    const k = tokenAt(doc, m.index);
    if (k < doc.tokens.length) timed.add(sentence[k]);
  }
  if (timed.size === 0) return out;
  const none = ctx.sentences('noEscalation');
  const done = new Set<number>();
  // Only the tokens of the timed sentences are read, in text order (sentence ids grow with the text).
  for (const k of sentenceTokens(sentence, timed)) {
    const s = sentence[k];
    if (done.has(s) || none.has(s)) continue;
    if (ctx.role[tokLine[k]] === 'user' || ctx.negativeLine[tokLine[k]]) continue;
    const pair =
      k + 1 < doc.tokens.length && sentence[k + 1] === s ? `${doc.tokens[k].text} ${doc.tokens[k + 1].text}` : '';
    const next = pair && namesPerson(doc.tokens[k + 1].text);
    const width = namesPerson(doc.tokens[k].text) ? 1 : pair && !next && namesPerson(pair) ? 2 : 0;
    if (!width || negatedBefore(ctx, k, NEG_WINDOW, true)) continue;
    done.add(s);
    let a = k;
    let b = k;
    while (a > 0 && sentence[a - 1] === s) a--;
    while (b + 1 < doc.tokens.length && sentence[b + 1] === s) b++;
    const text = doc.norm.text.slice(doc.tokens[a].start, doc.tokens[b].end);
    const hours = HOURS.exec(text);
    if (!hours || !CLOCK.test(hours[0])) continue;
    const span = tokSpan(doc, k, k + width);
    out.push({
      kind: 'escalation',
      span,
      text: doc.text.slice(span.start, span.end),
      lang: 'und',
      note: 'staff at a place with opening hours',
    });
  }
  return out;
}

/** The tokens of the given sentences, in text order. */
function* sentenceTokens(sentence: Int32Array, ids: ReadonlySet<number>): Generator<number> {
  for (const id of [...ids].sort((a, b) => a - b)) {
    let k = firstOf(sentence, id);
    while (k < sentence.length && sentence[k] === id) yield k++;
  }
}

/** The first token of sentence `id` (ids are non-decreasing along the tokens): binary search. */
function firstOf(sentence: Int32Array, id: number): number {
  let lo = 0;
  let hi = sentence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentence[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
