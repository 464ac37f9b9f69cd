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
import { asciiDigits } from './digits';
import { firstNotBefore } from './search';
import { sectionMemo } from './sections';

/**
 * Round the clock: "24/7", "24 hours a day", "24 horas por dia", "24 Stunden am Tag", "24 jam sehari" (not "within 24
 * hours", a delay).
 */
const ROUND_THE_CLOCK =
  /(?<!\d)24\s?\/\s?7(?!\d)|(?<!\d)24\s?(?:h|hrs?|hours?|horas?|heures?|stunden|ore|jam|saat|uur)\s?(?:(?:a|por|par|pro|am|al|per)\s(?:day|dia|día|jour|tag|giorno|hari|gün|dag)\b|sehari\b)/u;
/** Opening hours: two clock times, or hour numbers with a clock mark, joined by a dash or a short word or two. */
const HOURS = new RegExp(
  [
    /(?<![\p{N}])(?:[01]?\d|2[0-4])(?:[:.h]\d{2}|\s?h)?(?:\s?[ap]\.?m\b\.?)?\s*(?:[-–—~〜]|(?:\p{L}{1,6}\s+){0,1}\p{L}{1,6})\s*(?:[01]?\d|2[0-4])(?:[:.]\d{2}|\s?(?:h|uhr|uur|giờ)\b|\s?óra\p{L}*|\s?ora\p{L}*|\s?[ap]\.?m\b)/u
      .source,
    // An hour word before bare numbers: "ساعت ۱۲ تا ۲۳", "saat 9-18", "pukul 8 - 16".
    /(?:ساعت|saat|pukul|jam)\s?(?:[01]?\d|2[0-4])\s*(?:[-–—~〜]|\p{L}{1,6})\s*(?:[01]?\d|2[0-4])(?!\d)/u.source,
    ROUND_THE_CLOCK.source,
  ].join('|'),
  'u',
);
/** At least one side must carry a clock mark ("7am to 11pm" counts): "8 a 14" alone is no time (an hour word before it counts: "ساعت ۱۲ تا ۲۳"). */
const CLOCK = new RegExp(
  `${/\d[:.]\d{2}|\d\s?h\b|\d\s?(?:uhr|uur|giờ|óra|ora)|\d\s?[ap]\.?m\b|(?:ساعت|saat|pukul|jam)\s?\d/u.source}|${ROUND_THE_CLOCK.source}`,
  'u',
);
const CLOCK_ALL = new RegExp(CLOCK.source, 'gu');
/** A decimal digit of another script than ASCII's, which `asciiDigits` rewrites. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const NEG_WINDOW = 5;
/** How far after a place word its opening hours may follow on its line (characters). */
const NEAR_CHARS = 60;

export function staffedPlaceSignals(ctx: Context): Signal[] {
  const { doc } = ctx;
  const { sentence, tokLine } = doc.structure;
  const out: Signal[] = [];
  // Only sentences with a clock time are read: most prompts have none, and then nothing is looked up.
  const timed = new Set<number>();
  // Digits are one code point each, so the text has other digits when a section has (kept per section): most have none.
  const other = doc.sections.some((s) => sectionMemo(s, 'otherDigits', (x) => OTHER_DIGIT.test(x.norm.text)));
  const text = other ? asciiDigits(doc.norm.text) : doc.norm.text;
  for (const m of text.matchAll(CLOCK_ALL)) {
    const k = tokenAt(doc, m.index);
    if (k < doc.tokens.length) timed.add(sentence[k]);
  }
  if (timed.size === 0) return out;
  out.push(...placeSignals(ctx, text, timed));
  const none = ctx.sentences('noEscalation');
  const done = new Set<number>();
  // A timed sentence that negates a person word ("the web chat runs 24/7 on our AI assistant, no human agent is
  // behind it") gives the hours of no staff: its people are said to be absent.
  const absent = new Set<number>();
  for (const k of sentenceTokens(sentence, timed))
    if (namesPerson(doc.tokens[k].text) && negatedBefore(ctx, k, NEG_WINDOW, true)) absent.add(sentence[k]);
  // Only the tokens of the timed sentences are read, in text order (sentence ids grow with the text).
  for (const k of sentenceTokens(sentence, timed)) {
    const s = sentence[k];
    if (done.has(s) || none.has(s) || absent.has(s)) continue;
    if (ctx.role[tokLine[k]] === 'user' || ctx.negativeLine[tokLine[k]]) continue;
    const pair =
      k + 1 < doc.tokens.length && sentence[k + 1] === s ? `${doc.tokens[k].text} ${doc.tokens[k + 1].text}` : '';
    const next = pair && namesPerson(doc.tokens[k + 1].text);
    const width = namesPerson(doc.tokens[k].text) ? 1 : pair && !next && namesPerson(pair) ? 2 : 0;
    if (!width || negatedBefore(ctx, k, NEG_WINDOW, true)) continue;
    // "a plan for 2 or 4 people": a number of people counted, not staff.
    if (k > 0 && sentence[k - 1] === s && /^\p{N}+$/u.test(doc.tokens[k - 1].text)) continue;
    done.add(s);
    let a = k;
    let b = k;
    while (a > 0 && sentence[a - 1] === s) a--;
    while (b + 1 < doc.tokens.length && sentence[b + 1] === s) b++;
    const hours = HOURS.exec(text.slice(doc.tokens[a].start, doc.tokens[b].end));
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
  return firstNotBefore(sentence.length, (i) => sentence[i] < id);
}

/**
 * A place where staff serve in person (a `placeWord`: branch, office, counter, 门店, شعبه) in the sentence of
 * opening hours, or on the line that introduces them: "Our branch: 12 King Street, Mon–Fri 9:00–17:00". The
 * sentence, or a few words further on its line ("Shop: 5 Long St., open 7:00–19:00", where an abbreviation may
 * end a sentence), not anywhere on the line: a prompt kept on one line (a JSON string) would otherwise tie a branch
 * named in its persona to the hours of another sentence. Not in a negated, out-of-scope or user line, nor in a prompt that
 * says nobody is reachable.
 */
function placeSignals(ctx: Context, text: string, timed: ReadonlySet<number>): Signal[] {
  const { doc } = ctx;
  const { sentence, tokLine, lines } = doc.structure;
  // A prompt that says nobody is reachable outweighs a place inferred from its hours.
  if (doc.matches.placeWord.length === 0 || doc.matches.noEscalation.length > 0) return [];
  const hoursLines = new Set<number>();
  const spans = new Map<number, { start: number; end: number }>();
  for (const k of sentenceTokens(sentence, timed)) {
    const ln = lines[tokLine[k]];
    if (!hoursLines.has(tokLine[k]) && HOURS.test(text.slice(ln.start, ln.end))) hoursLines.add(tokLine[k]);
    const sp = spans.get(sentence[k]);
    if (sp) sp.end = doc.tokens[k].end;
    else spans.set(sentence[k], { start: doc.tokens[k].start, end: doc.tokens[k].end });
  }
  const hoursSentences = new Set(
    [...spans].filter(([, sp]) => HOURS.test(text.slice(sp.start, sp.end))).map(([id]) => id),
  );
  const none = ctx.sentences('noEscalation');
  for (const p of doc.matches.placeWord) {
    const line = tokLine[p.from];
    let next = line + 1;
    while (next < lines.length && lines[next].kind === 'blank') next++;
    const near = text.slice(doc.tokens[p.from].start, Math.min(lines[line].end, doc.tokens[p.to - 1].end + NEAR_CHARS));
    const hoursNear = hoursSentences.has(sentence[p.from]) || (hoursLines.has(line) && HOURS.test(near));
    if (!hoursNear && !(lines[line].colon && hoursLines.has(next))) continue;
    if (ctx.role[line] === 'user' || ctx.negativeLine[line] || none.has(sentence[p.from])) continue;
    if (negatedBefore(ctx, p.from, NEG_WINDOW, true)) continue;
    const span = tokSpan(doc, p.from, p.to);
    return [
      {
        kind: 'escalation',
        span,
        text: doc.text.slice(span.start, span.end),
        lang: p.pattern.lang,
        note: 'a staffed place with opening hours',
      },
    ];
  }
  return [];
}
