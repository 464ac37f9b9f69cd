/**
 * Human escalation: handoff instructions, handoff tools/tokens, and real contacts given for human
 * help. Negated or "nobody reads this" statements become `no-escalation` signals.
 */

import { partMatches } from './wordParts';
import type { Signal } from './types';
import type { Context } from './context';
import { negatedAfter, negatedBefore } from './negation';
import type { Contact } from './contacts';
import { deadEndSentences, slotRanges, tokenAt } from './deadEnds';
import { type Doc, tokSpan } from './doc';
import { nativeContrast, negatedInClause, negatedInside, negationLanguages } from './handoffPolarity';
import { clauseHead } from './clauseHead';
import { botTarget, namesBot, rosterIdentifiers } from './botTarget';
import { negatedAfterContact, notYetStatus, quotedCounterExample } from './notYet';
import { requestRefused, subsetSentences } from './handoffSubset';
import { otherAudienceSentences } from './handoffAudience';
import { contactPurpose, nextSentenceSaysBot, toldBot, toolsToldBot } from './contactPurpose';
import { headingDeadEnds, tierSections } from './handoffSections';
import { answeredHandoffs, BOT_PHRASE_NOTE, BOT_TOKEN_NOTE } from './handoffAnswers';
import { staffedPlaceSignals } from './staffedPlace';
import { forbiddenByPronoun, forbiddenToolHandoffs, looksUp } from './handoffTools';
import { launchesSoon } from './launchSoon';
import { unrendered } from './switchedOff';
import { lexicons } from './lexicon';
import type { Match } from './matcher';
import { normalizeEntry, toOriginal } from './normalize';
import { typedKeywords } from './typedKeywords';
import { switchedOffSignals } from './switchedOff';
import { switchedOffTools } from './toolEntries';
import { otherChannelPaths } from './channelSections';

const NEG_WINDOW = 5;
const BRACKETS: Record<string, string> = { '[': ']', '`': '`', '<': '>', '【': '】' };
const MAX_GROUP = 40;
const SPACE = /\s/;

interface Keyword {
  text: string;
  lang: string;
  /** `x*` may start a word part, `*x` may end it, `*x*` may sit inside it; plain must equal a part. */
  head: boolean;
  tail: boolean;
  /** A plain Latin word, compared against identifier parts; other keywords are substrings. */
  latin: boolean;
}

const LATIN_WORD = /^[a-z0-9]+$/;

const KEYWORDS: Keyword[] = lexicons.flatMap((l) =>
  (l.entries.handoffToken ?? []).map(({ pattern: k }) => {
    const text = normalizeEntry(k.replace(/^\*|\*$/g, ''));
    return { text, lang: l.lang, head: k.startsWith('*'), tail: k.endsWith('*'), latin: LATIN_WORD.test(text) };
  }),
);

/** A handoff keyword in an identifier or bracketed token (`handoff_to_agent`, `HUMAN`, `转人工`). */
function keywordIn(s: string): Keyword | undefined {
  let parts: string[] | undefined;
  for (const k of KEYWORDS) {
    // Every way a keyword can match needs it as a substring: the cheap test rejects most identifiers.
    if (!s.includes(k.text)) continue;
    if (!k.latin) return k;
    parts ??= s.split(/[^a-z0-9]+/).filter((p) => p.length > 0);
    if (parts.some((p) => partMatches(p, k.text, k.tail, k.head))) return k;
  }
  return undefined;
}

function signal(doc: Doc, kind: Signal['kind'], a: number, b: number, lang: string, note?: string): Signal {
  const span = tokSpan(doc, a, b);
  return { kind, span, text: doc.text.slice(span.start, span.end), lang, ...(note ? { note } : {}) };
}

/** What the handoff readers share for one prompt. */
interface Reading {
  ctx: Context;
  /** Contrast words of the prompt's own languages. */
  contrast: Uint8Array;
  /** Template slots that hold no usable contact (normalised ranges). */
  slots: [number, number][];
  /** Languages of the negation cues, by token (handoffPolarity.ts). */
  negLangs: Map<number, string[]>;
  /** Original starts of the handoff tools whose next sentence says they hand the chat to a bot. */
  nextBot: Set<number>;
}

function isNegated(r: Reading, a: number, b: number, m?: Match): boolean {
  const { ctx } = r;
  const line = ctx.doc.structure.tokLine[a];
  // A phrase heading a clause after "and" or after a clause-closing negation is read from that clause on.
  const head = clauseHead(ctx, a);
  const reach = head < 0 ? NEG_WINDOW : Math.min(NEG_WINDOW, a - head);
  return (
    (reach > 0 && negatedBefore(ctx, a, reach)) ||
    (m !== undefined && negatedAfter(ctx, m)) ||
    ctx.negativeLine[line] === 1 ||
    negatedInside(ctx, a, b, r.negLangs, m?.pattern.lang) ||
    negatedInClause(ctx, r.contrast, a, b, m?.pattern.lang, r.negLangs, Math.max(head, 0))
  );
}

/**
 * A tool negated in its clause, in a sentence that says no person is reachable ("escalate_to_staff is disabled"), or
 * forbidden by a pronoun after it ("…, but never call it"); `e` its normalised end.
 */
function toolNegated(r: Reading, a: number, e: number): boolean {
  const { ctx } = r;
  if (ctx.sentences('noEscalation').has(ctx.doc.structure.sentence[a])) return true;
  return isNegated(r, a, a + 1) || forbiddenByPronoun(ctx, tokenAt(ctx.doc, e - 1));
}

/** `name: "…"` / `name="…"`: a declared template value, not an instruction. */
const DECLARATION_AFTER = /^["']?\s*[:=]\s*["']/;

/** Tool names (`handoff_to_agent`) and bracketed tokens (`[[HANDOFF]]`, `[转人工]`). */
function handoffTokens(r: Reading, out: Signal[], sentences: Set<number>): void {
  const { ctx } = r;
  const { doc } = ctx;
  const t = doc.norm.text;
  const seen = new Set<number>();
  let hits: [number, number, Keyword][] = [];
  const emit = (s: number, e: number, kw: Keyword, roster: ReadonlySet<string>): void => {
    const a = tokenAt(doc, s);
    if (seen.has(a) || a >= doc.tokens.length) return;
    seen.add(a);
    if (DECLARATION_AFTER.test(t.slice(e, e + 4))) return;
    const span = toOriginal(doc.norm, s, e);
    const slot = r.slots.some(([x, y]) => s >= x && e <= y);
    const id = t.slice(s, e);
    const toBot = kw.latin && (roster.has(id) || namesBot(id));
    if (!toBot && nextSentenceSaysBot(ctx, tokenAt(doc, e - 1))) r.nextBot.add(span.start);
    const neg =
      slot ||
      toBot ||
      toolNegated(r, a, e) ||
      ctx.role[doc.structure.tokLine[a]] === 'user' ||
      subsetSentences(ctx).has(doc.structure.sentence[a]) ||
      otherAudienceSentences(ctx).has(doc.structure.sentence[a]);
    if (!neg) sentences.add(doc.structure.sentence[a]);
    out.push({
      kind: neg ? 'no-escalation' : 'escalation',
      span,
      text: doc.text.slice(span.start, span.end),
      lang: kw.lang,
      note: slot
        ? 'template slot with no usable value'
        : toBot
          ? BOT_TOKEN_NOTE
          : neg
            ? 'handoff tool or token that is negated'
            : 'handoff tool or token',
    });
  };
  // Candidate tokens: those containing '_' or right after '#', found with indexOf, in token order.
  const toks = doc.tokens;
  let next = -1;
  for (let u = t.indexOf('_'), h = t.indexOf('#'); u >= 0 || h >= 0;) {
    let k: number;
    if (u >= 0 && (h < 0 || u <= h)) {
      // The token containing this '_' (tokens are word characters, '_' included).
      k = tokenAt(doc, u);
      if (!(k < toks.length && toks[k].start <= u)) k = -1;
      u = t.indexOf('_', u + 1);
    } else {
      k = tokenAt(doc, h + 1);
      if (!(k < toks.length && toks[k].start === h + 1)) k = -1;
      h = t.indexOf('#', h + 1);
    }
    if (k <= next) continue;
    next = k;
    const tok = toks[k];
    const kw = keywordIn(tok.text);
    if (kw) hits.push([tok.start, tok.end, kw]);
  }
  const re = /[[`<\u3010]/g;
  for (let found = re.exec(t); found; found = re.exec(t)) {
    const i = found.index;
    const close = BRACKETS[t[i]];
    let j = i + 1;
    while (j < t.length && j - i <= MAX_GROUP && t[j] === t[i]) j++;
    const from = j;
    while (j < t.length && j - i <= MAX_GROUP && t[j] !== close && !SPACE.test(t[j])) j++;
    if (t[j] !== close || j === from) {
      re.lastIndex = Math.max(re.lastIndex, from);
      continue;
    }
    const kw = keywordIn(t.slice(from, j));
    if (kw) hits.push([from, j, kw]);
    re.lastIndex = j + 1;
  }
  // A tool that looks something up (`find_agent`, `track_transfer`) hands over to nobody.
  hits = hits.filter(([s, e, kw]) => !kw.latin || !looksUp(t.slice(s, e)));
  const roster = rosterIdentifiers(
    hits.filter(([, , kw]) => kw.latin).map(([s, e]) => t.slice(s, e)),
    handoffPart,
  );
  for (const [s, e, kw] of hits) emit(s, e, kw, roster);
}

/** A word part that is a handoff keyword (`agent` in `orders_agent`). */
function handoffPart(part: string): boolean {
  return KEYWORDS.some((k) => k.latin && partMatches(part, k.text, k.tail, k.head));
}

export function escalationSignals(ctx: Context, vars?: Record<string, string>): Signal[] {
  const { doc } = ctx;
  const out: Signal[] = [];
  const { sentence, tokLine } = doc.structure;
  for (const m of doc.matches.noEscalation) {
    out.push(signal(doc, 'no-escalation', m.from, m.to, m.pattern.lang, 'says no person is reachable'));
  }
  const slots = slotRanges(doc, vars);
  const r: Reading = {
    ctx,
    contrast: nativeContrast(ctx),
    slots: slots.dead,
    negLangs: negationLanguages(ctx),
    nextBot: new Set(),
  };
  const tokenSentences = new Set<number>();
  const phrases: Signal[] = [];
  handoffTokens(r, phrases, tokenSentences);
  const typed = typedKeywords(doc).filter((k) => ctx.role[tokLine[k.from]] !== 'user');
  const deadEnd = deadEndSentences(ctx, tokenSentences, r.slots);
  const noneSentences = ctx.sentences('noEscalation');
  const judge = (a: number, b: number, m?: Match): { kind: Signal['kind']; note?: string } => {
    // A handoff to a bot is none whether or not it is negated; saying so first lets its means be read as its own.
    if (botTarget(ctx, a, b)) return { kind: 'no-escalation', note: BOT_PHRASE_NOTE };
    if (isNegated(r, a, b, m) || noneSentences.has(sentence[a])) return { kind: 'no-escalation', note: 'negated' };
    if (subsetSentences(ctx).has(sentence[a]))
      return { kind: 'no-escalation', note: 'reserved for a subset of customers' };
    if (otherAudienceSentences(ctx).has(sentence[a]))
      return { kind: 'no-escalation', note: 'reserved for staff or another audience than the users' };
    if (requestRefused(ctx, a, b))
      return { kind: 'no-escalation', note: 'a request for a person answered by a refusal' };
    if (notYetStatus(ctx, b - 1) || launchesSoon(ctx, b - 1))
      return { kind: 'no-escalation', note: 'with a status that says it is not available yet' };
    if (deadEnd.has(sentence[a]))
      return { kind: 'no-escalation', note: 'only through a placeholder, social-media channel or empty slot' };
    return { kind: 'escalation' };
  };
  for (const m of doc.matches.escalation) {
    if (ctx.role[tokLine[m.from]] === 'user') continue;
    const j = judge(m.from, m.to, m);
    const note = j.note ? `handoff phrase, ${j.note}` : 'handoff instruction';
    out.push(signal(doc, j.kind, m.from, m.to, m.pattern.lang, note));
  }
  for (const k of typed) {
    const j = judge(k.from, k.to);
    const note = j.note ? `keyword typed to reach a person, ${j.note}` : 'keyword the user types to reach a person';
    out.push(signal(doc, j.kind, k.from, k.to, 'und', note));
  }
  // A slot holding a contact counts in a sentence about reaching someone ("give them {{support_phone}}"),
  // not in one that only uses the customer's own number.
  const cued = new Set([...doc.matches.contactCue, ...doc.matches.escalation].map((m) => sentence[m.from]));
  for (const [a0, b0] of slots.live) {
    const a = tokenAt(doc, a0 + 2);
    if (a >= doc.tokens.length || ctx.role[tokLine[a]] === 'user' || !cued.has(sentence[a])) continue;
    const span = toOriginal(doc.norm, a0, b0);
    const neg = isNegated(r, a, a + 1) || noneSentences.has(sentence[a]);
    const note = neg ? 'template slot holding a contact, negated' : 'template slot holding a contact for human help';
    out.push({
      kind: neg ? 'no-escalation' : 'escalation',
      span,
      text: doc.text.slice(span.start, span.end),
      lang: 'und',
      note,
    });
  }
  out.push(...phrases, ...staffedPlaceSignals(ctx));
  contactSignals(ctx, out);
  const negated = (a: number, e: number): boolean => toolNegated(r, a, e);
  const settled = forbiddenToolHandoffs(
    ctx,
    switchedOffTools(ctx, switchedOffSignals(doc, unrendered(doc.text, out, vars))),
    negated,
  );
  // A request answered by a tool that the next sentence calls a bot is none too.
  const told = toldBot(settled, r.nextBot);
  const answered = answeredHandoffs(ctx, settled, handoffPart, told);
  return otherChannelPaths(ctx, tierSections(ctx, headingDeadEnds(ctx, toolsToldBot(answered, told))));
}

/** Phones, e-mails and support URLs that the text offers for human help. */
function contactSignals(ctx: Context, out: Signal[]): void {
  const { doc } = ctx;
  const { lines, tokLine, sentence } = doc.structure;
  const cueLines = new Set<number>();
  for (const m of [...doc.matches.contactCue, ...doc.matches.escalation]) cueLines.add(tokLine[m.from]);
  for (const c of ctx.contacts) {
    const a = tokenAt(doc, c.start);
    if (a >= doc.tokens.length) continue;
    const line = tokLine[a];
    let prev = line - 1;
    while (prev >= 0 && lines[prev].kind === 'blank') prev--;
    const cued =
      c.value.startsWith('+') ||
      cueLines.has(line) ||
      (prev >= 0 && cueLines.has(prev) && (lines[prev].colon || lines[prev].kind === 'heading'));
    const span = toOriginal(doc.norm, c.start, c.end);
    const text = doc.text.slice(span.start, span.end);
    if (c.rejected) {
      out.push({ kind: 'no-escalation', span, text, lang: 'und', note: `${c.kind} does not count: ${c.rejected}` });
      continue;
    }
    if (ctx.role[line] === 'user') continue;
    if (!cued && !plainContact(c, doc.norm.text)) continue;
    // A contact is negated only by a cue in its own clause ("never give out 0800…"), not by a
    // negation in a clause before it ("for questions you cannot solve, write to …").
    const last = tokenAt(doc, c.end - 1);
    const why =
      ctx.sentences('noEscalation').has(sentence[a]) ||
      negatedBefore(ctx, a, NEG_WINDOW, true) ||
      ctx.negativeLine[line] === 1
        ? 'offered with a "no human" statement'
        : notYetStatus(ctx, last) || negatedAfterContact(ctx, last) || launchesSoon(ctx, last)
          ? 'said not to work (yet)'
          : quotedCounterExample(ctx, a)
            ? 'only in a quoted counter-example'
            : otherAudienceSentences(ctx).has(sentence[a])
              ? 'reserved for staff or another audience than the users'
              : contactPurpose(ctx, c);
    if (why) {
      out.push({
        kind: 'no-escalation',
        span,
        text,
        lang: 'und',
        note: `${c.kind} ${why}`,
      });
      continue;
    }
    out.push({ kind: 'escalation', span, text, lang: 'und', note: `${c.kind} for human help` });
  }
}

/** Labels of numbers that are identifiers or payment handles, not phones ("order no. 4471 2210", "Pix: 11 98765-4321"). */
const ID_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:id|no|nr|n°|#|order|pedido|pesanan|resi|invoice|fatura|nota|código|codigo|code|ref|pix|upi|gopay|ovo|dana|gcash|paynow|duitnow)[\s.:#-]*$/iu;

/**
 * A contact with no cue word nearby still counts when it looks like one: every e-mail and support
 * URL, and phone numbers that are not labelled as identifiers (amounts and tax ids are dropped by
 * the scanner). Contacts are language-independent, so this also works without a lexicon.
 */
function plainContact(c: Contact, t: string): boolean {
  if (c.kind !== 'phone') return true;
  return !ID_LABEL_BEFORE.test(t.slice(Math.max(0, c.start - 12), c.start));
}

/** True when some escalation signal is usable. */
export function hasEscalation(signals: readonly Signal[]): boolean {
  return signals.some((s) => s.kind === 'escalation');
}
