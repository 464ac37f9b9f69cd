/**
 * Grant detection: classifies grant, task, leak and persona phrases as active or neutralised (negation,
 * quotation, few-shot turns, refusals, domain qualification, breadth), producing signals.
 */

import type { Signal } from './types';
import { domainQualified } from './qualification';
import { identityQuestion } from './identity';
import { anyOverSetting } from './anyHead';
import { knowledgeForBusiness } from './generalKnowledge';
import { type Context, commaBetween, dashBetween } from './context';
import { negatedAfter, negatedAtSentenceEnd, negatedBefore, negatedByNextSentence } from './negation';
import { type Doc, longestNonOverlapping, phraseMatcher, tokSpan } from './doc';
import type { Match } from './matcher';
import { quotedSpeech } from './quotes';
import { botSpeech } from './botSpeech';
import { enumerationBreadth, refusedEnumerations } from './breadth';
import { answeredByQuotedReply, conditionForFixedReply, offersOffTopic } from './offTopic';
import { constructions, opensOnNone, refusalInside } from './constructions';
import type { Category } from './lexicon';
import { answersBeforeRefusal } from './refusalOrder';
import { firstNotBefore } from './search';
import { mainClauseStart } from './conditionClause';
import { negativeConcord, opensOnOwnNegation } from './concord';
import { asideOf } from './aside';
import { BOUND, OTHER_CHANNEL, personaNeutraliser } from './personaBinding';
import { otherChannelLines } from './channelSections';
import { oneLineReply } from './oneLine';
import { answeredInFull } from './fullAnswer';
import { overListedKey } from './keyReference';
import { unrelatedDomainsAfter } from './objectDomains';
import { EXAMPLE_ANSWERED, answeredInExample, deflectedReply } from './exampleAnswers';
import { refusedTableCells } from './tableColumns';
import { endsWithQuestion, usersWordsRefused } from './spokenWords';

const QUALIFIED = 'limited to a business domain';
const REFUSED_LIST = 'one of a list of tasks that the prompt refuses as a whole';
const QUOTED_REQUEST = 'a user request quoted in an example';

export function signalOf(doc: Doc, m: Match, kind: Signal['kind'], note?: string): Signal {
  const span = tokSpan(doc, m.from, m.to);
  return { kind, span, text: doc.text.slice(span.start, span.end), lang: m.pattern.lang, ...(note ? { note } : {}) };
}

function limits(ctx: Context, [from, to]: [number, number]): boolean {
  for (let i = from; i < to; i++) if (ctx.limitingLine[i]) return true;
  return false;
}

/** Per context: matches indexed for lookups that must not scan every match (linear overall). */
interface Index {
  /** Start tokens of negation matches, in text order. */
  negStarts: Int32Array;
  negs: Match[];
  /** Role matches by line. */
  userByLine: Map<number, Match[]>;
  botByLine: Map<number, Match[]>;
}
const indexes = new WeakMap<Context, Index>();

function byLine(ctx: Context, ms: readonly Match[]): Map<number, Match[]> {
  const out = new Map<number, Match[]>();
  for (const x of ms) {
    const line = ctx.doc.structure.tokLine[x.from];
    const list = out.get(line);
    if (list) list.push(x);
    else out.set(line, [x]);
  }
  return out;
}

function indexOf(ctx: Context): Index {
  let ix = indexes.get(ctx);
  if (!ix) {
    const negs = [...ctx.doc.matches.negation].sort((x, y) => x.from - y.from);
    ix = {
      negs,
      negStarts: Int32Array.from(negs.map((x) => x.from)),
      userByLine: byLine(ctx, ctx.doc.matches.userRole),
      botByLine: byLine(ctx, ctx.doc.matches.assistantRole),
    };
    indexes.set(ctx, ix);
  }
  return ix;
}

/** First index i with arr[i] > v. */
function upperBound(arr: Int32Array, v: number): number {
  return firstNotBefore(arr.length, (i) => arr[i] <= v);
}

/** A negation skipped over by a gap inside the match ("beantwortest du nicht, etwa Allgemeinwissen"). */
function negatedInGap(ctx: Context, m: Match): boolean {
  const { tokens } = ctx.doc;
  const { negs, negStarts } = indexOf(ctx);
  for (let i = upperBound(negStarts, m.from); i < negs.length && negs[i].from < m.to; i++) {
    if (!phraseMatcher().fitsAnyStep(m.pattern, tokens[negs[i].from].text)) return true;
  }
  return false;
}

const NEG_REACH = 12;

/** Languages in which the negation cue ending at each token negates (token → languages). */
const cueLangs = new WeakMap<Context, Map<number, string[]>>();

function negationLanguages(ctx: Context, k: number): readonly string[] {
  let map = cueLangs.get(ctx);
  if (!map) {
    map = new Map();
    for (const x of ctx.doc.matches.negation) map.set(x.to - 1, [...(map.get(x.to - 1) ?? []), x.pattern.lang]);
    cueLangs.set(ctx, map);
  }
  return map.get(k) ?? [];
}

/**
 * How far back a negation reaches the phrase (for negatedBefore). It stops at a clause break when the
 * negation has spent itself on a clause of its own before a spaced dash ("Don't shut them down — help
 * with whatever they ask"), or when it is a word of another language than the phrase's clause ("Nicht
 * vergessen: be a general assistant"): a negation governs its own clause, not the next one.
 */
function negationReach(ctx: Context, m: Match): number {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  let brk = -1;
  let dash = -1;
  for (let k = m.from - 1; k >= 0 && k >= m.from - NEG_REACH && sentence[k] === sentence[m.from]; k--) {
    if (ctx.contrast[k]) break;
    if (ctx.negEnd[k]) {
      // (A bare task after a dash elaborates the negated object: "don't write anything else — essays, code".)
      if (dash > k + 1 && m.pattern.category !== 'task') return m.from - dash;
      if (brk > k && !negationLanguages(ctx, k).includes(m.pattern.lang)) return m.from - brk;
      // A negation inside an if-clause ("if it does not seem related, don't refuse: help anyway") states the case;
      // the clause break that closes the condition ends its reach.
      if (brk > k && conditionBefore(ctx, k)) return m.from - brk;
      break;
    }
    if (dash < 0 && dashBetween(doc, k + 1)) dash = k + 1;
    if (brk < 0 && (dash === k + 1 || commaBetween(doc, k + 1))) brk = k + 1;
  }
  return NEG_REACH;
}

/** How far back (tokens) from a negation an if-word is looked for, in its clause. */
const CONDITION_CLAUSE_REACH = 8;

/** A conditional cue ("if", "se", "wenn", "अगर") before token k in k's clause: k is inside a condition. */
function conditionBefore(ctx: Context, k: number): boolean {
  const { sentence } = ctx.doc.structure;
  for (let j = k; j >= 0 && j >= k - CONDITION_CLAUSE_REACH && sentence[j] === sentence[k]; j--) {
    if (ctx.conditional[j]) return true;
    if (j < k && commaBetween(ctx.doc, j + 1)) return false;
  }
  return false;
}

const INLINE_TURN_REACH = 24;

/** The matches of a list in text order whose first token lies in [lo, hi]: a binary search, not a scan of the line. */
function near(list: readonly Match[] | undefined, lo: number, hi: number): readonly Match[] {
  if (!list) return [];
  const a = firstNotBefore(list.length, (i) => list[i].from < lo);
  let end = a;
  while (end < list.length && list[end].from <= hi) end++;
  return list.slice(a, end);
}

/** A role label followed by a colon ("Cliente:", "Você:"). */
function labelled(ctx: Context, x: Match): boolean {
  const { tokens, norm: nt } = ctx.doc;
  const end = x.to < tokens.length ? tokens[x.to].start : nt.text.length;
  return /^\s*[:：]/.test(nt.text.slice(tokens[x.to - 1].end, end));
}

const userSentences = new WeakMap<Context, Set<number>>();

/** Sentences with a user-turn label ("Cliente:", "User:"), not a bare word such as "question" or "client". */
function labelledUserSentences(ctx: Context): Set<number> {
  let out = userSentences.get(ctx);
  if (!out) {
    const { sentence } = ctx.doc.structure;
    out = new Set(ctx.doc.matches.userRole.filter((x) => labelled(ctx, x)).map((x) => sentence[x.from]));
    userSentences.set(ctx, out);
  }
  return out;
}

/**
 * A few-shot written on one line: "Exemplo: Cliente: 'me ajuda com o dever?' Você: 'Desculpe…'".
 * The phrase sits after a user label and before a bot label on the same line, so it is a request.
 */
function inlineUserTurn(ctx: Context, m: Match): boolean {
  const { doc } = ctx;
  const line = doc.structure.tokLine[m.from];
  const ix = indexOf(ctx);
  let user = -1;
  for (const x of near(ix.userByLine.get(line), m.from - INLINE_TURN_REACH, m.from)) {
    if (
      x.to <= m.from &&
      x.from >= m.from - INLINE_TURN_REACH &&
      doc.structure.tokLine[x.from] === line &&
      labelled(ctx, x)
    )
      user = Math.max(user, x.to);
  }
  if (user < 0) return false;
  let bot = -1;
  for (const x of near(ix.botByLine.get(line), m.from - INLINE_TURN_REACH, m.to + INLINE_TURN_REACH)) {
    if (doc.structure.tokLine[x.from] !== line || !labelled(ctx, x)) continue;
    if (x.to <= m.from && x.from >= user) return false; // the bot's turn came after the user's: the phrase is the reply
    if (x.from >= m.to && x.from <= m.to + INLINE_TURN_REACH && (bot < 0 || x.from < bot)) bot = x.from;
  }
  return bot >= 0;
}

/**
 * Why an opening phrase does not count, or undefined when it is active. `built`: a construction of word
 * classes (constructions.ts), whose own negation words are inside it: only a negation outside counts.
 */
function neutraliser(ctx: Context, m: Match, quoted: (m: Match) => boolean, built?: Category): string | undefined {
  const cat = built ?? m.pattern.category;
  const { structure: st } = ctx.doc;
  if (ctx.inContact[m.from] || ctx.inContact[m.to - 1]) return 'part of an e-mail address or link';
  const line = st.tokLine[m.from];
  const sent = st.sentence[m.from];
  if (otherChannelLines(ctx)[line]) return OTHER_CHANNEL;
  if (ctx.role[line] === 'user') {
    const reply = ctx.replyOf[line];
    if (reply && !limits(ctx, reply) && !deflectedReply(ctx, line, reply)) return undefined;
    return QUOTED_REQUEST;
  }
  if (inlineUserTurn(ctx, m)) return QUOTED_REQUEST;
  if (ctx.role[line] === 'assistant' && endsWithQuestion(ctx, m)) return 'a question the bot asks in an example reply';
  // A built leak that answers its own off-topic condition in full ("(π.χ. …), απάντησε αναλυτικά") is, under
  // "## Off-topic questions", the instruction for them, not an item listed as out of scope.
  if ((ctx.negativeLine[line] || refusedTableCells(ctx)[m.from]) && !(built === 'leak' && answeredInFull(ctx, m)))
    return 'listed as out of scope';
  // "parler à un conseiller en voyages": the phrase starts on the person a handoff names.
  if (cat === 'task' && ctx.covered('escalation')[m.from]) return 'part of a handoff instruction';
  if (ctx.refusalSentences.has(sent) && !answersBeforeRefusal(ctx, m, cat) && !(built && refusalInside(ctx, m)))
    return 'refused in the same sentence';
  // One decision for phrases and constructions alike: a negation before the span or after it. A
  // construction's span holds its own negation words (constructions.ts), which are not asked about;
  // one that opens on its "none" word, or a phrase with a negation of its own ("断らず"), agrees with a
  // negation right before it (negative concord: concord.ts).
  const concord = built !== undefined ? opensOnNone(ctx, m) : negativeConcord(ctx, m);
  const main = { ...m, from: mainClauseStart(ctx, m) };
  if ((!concord && negatedBefore(ctx, main.from, negationReach(ctx, main))) || negatedAfter(ctx, m)) return 'negated';
  if (!built && ((!opensOnOwnNegation(ctx, m) && negatedInGap(ctx, m)) || negatedAtSentenceEnd(ctx, m)))
    return 'negated';
  if (negatedByNextSentence(ctx, m)) return 'answered by a bare negation';
  // A quotation the bot is told to send (a greeting, a fixed reply) is its own offer, not someone's request.
  const spoken = botSpeech(ctx)[m.from] === 1;
  if (
    !spoken &&
    st.quoted[m.from] &&
    (ctx.negationSentences.has(sent) ||
      ctx.sentences('offTopic').has(sent) ||
      labelledUserSentences(ctx).has(sent) ||
      usersWordsRefused(ctx, m))
  ) {
    return 'quoted as an example of an off-topic request';
  }
  if (!spoken && quoted(m)) return 'quoted speech that the prompt refuses or limits';
  if (cat === 'grant' && identityQuestion(ctx, m)) return 'an identity question the bot answers, not its scope';
  if (cat === 'grant' && anyOverSetting(ctx, m)) return 'an "any" over a language, time, place or format, not a topic';
  if (cat === 'grant' && domainQualified(ctx, m) && !unrelatedDomainsAfter(ctx, m)) return QUALIFIED;
  if (cat === 'grant' && conditionForFixedReply(ctx, m)) return 'a condition answered by a fixed reply';
  if (cat === 'grant' && overListedKey(ctx, m)) return 'an "any" over a list kept under an out-of-scope key';
  if (cat === 'leak' && answeredByQuotedReply(ctx, m)) return 'answered by a quoted fixed reply';
  if (cat === 'leak' && knowledgeForBusiness(ctx, m)) return "an answer put to the business's own topics or requests";
  if (cat === 'leak' && oneLineReply(ctx, m)) return 'a one-line acknowledgement before steering back, not an answer';
  const off = ctx.covered('offTopic');
  if (cat !== 'leak' && ((m.from > 0 && off[m.from - 1]) || off[m.from] || off[m.to - 1]) && !offersOffTopic(ctx, m))
    return 'refers to off-topic requests';
  if (cat !== 'leak' && asideOf(ctx, m, off)) return 'an example in the aside of an off-topic condition';
  return undefined;
}

const SINGLE_DOMAIN = 'a single task domain, not a broad offer';

export interface Opening {
  signals: Signal[];
  /** Active opening matches (grants and tasks), after neutralisation. */
  grants: Match[];
  leaks: Match[];
  personas: Match[];
  /** Grant phrases limited to a business domain ("any question about your policy"): scope evidence. */
  qualified: number;
  /** Task offers of a single domain ("review the diff", "translate the message"): what a one-task bot does. */
  singleDomains: number;
  /** Persona lines bound to a business ("the assistant of Acme Bank"): a business runs the bot. */
  boundPersonas: number;
}

/** Records an opening match as active or neutralised (leak or grant by its category or construction). */
function judge(ctx: Context, res: Opening, m: Match, why: string | undefined, what: string, leak = false): void {
  if (why === QUALIFIED) res.qualified++;
  if (why) res.signals.push(signalOf(ctx.doc, m, 'neutralised', why));
  else {
    (leak ? res.leaks : res.grants).push(m);
    res.signals.push(signalOf(ctx.doc, m, leak ? 'leak' : 'grant', what));
  }
}

export function grantSignals(ctx: Context): Opening {
  const { doc } = ctx;
  const res: Opening = {
    signals: [],
    grants: [],
    leaks: [],
    personas: [],
    qualified: 0,
    boundPersonas: 0,
    singleDomains: 0,
  };
  const quoted = quotedSpeech(ctx);
  // Leaks win over grants on overlap (a leak is the more specific reading).
  const leaks = longestNonOverlapping(doc.matches.leak);
  const leakTok = new Uint8Array(doc.tokens.length);
  for (const m of leaks) for (let k = m.from; k < m.to; k++) leakTok[k] = 1;
  const grants = longestNonOverlapping([...doc.matches.grant, ...doc.matches.task]).filter(
    (m) => !leakTok[m.from] && !leakTok[m.to - 1],
  );
  for (const m of leaks) judge(ctx, res, m, neutraliser(ctx, m, quoted), 'opens the bot to unrelated requests', true);
  // Bare task nouns count only as part of a broad enumeration (three or more unrelated domains).
  const refused = refusedEnumerations(
    ctx,
    grants.filter((m) => m.pattern.category === 'task'),
  );
  const whys = new Map(
    grants.map((m) => [m, neutraliser(ctx, m, quoted) ?? (refused.has(m) ? REFUSED_LIST : undefined)]),
  );
  const { broad, widest } = enumerationBreadth(
    doc,
    grants.filter((m) => m.pattern.domain && !whys.get(m)),
  );
  for (const m of grants) {
    const single = m.pattern.domain && !whys.get(m) && !broad.has(m);
    const why = single ? SINGLE_DOMAIN : whys.get(m);
    if (single) res.singleDomains++;
    const what = broad.has(m)
      ? `one of ${widest} unrelated task domains offered together`
      : m.pattern.category === 'task'
        ? 'offers a general-purpose task'
        : 'grants open-domain use';
    // A sample reply that serves this request teaches the leak (exampleAnswers.ts: read in the request's language).
    if (m.pattern.domain && !broad.has(m) && (single || whys.get(m) === QUOTED_REQUEST) && answeredInExample(ctx, m))
      judge(ctx, res, m, undefined, EXAMPLE_ANSWERED, true);
    else judge(ctx, res, m, why, what);
  }
  // Constructions of word classes, where no active phrase already says it.
  const active = new Set([...res.grants, ...res.leaks]);
  const built = constructions(
    ctx,
    [...active],
    [...leaks, ...grants].filter((m) => !active.has(m)),
  );
  for (const m of built.leaks)
    judge(ctx, res, m, neutraliser(ctx, m, quoted, 'leak'), 'an off-topic request answered, not declined', true);
  for (const m of built.grants.filter((g) => !leakTok[g.from] && !leakTok[g.to - 1]))
    judge(ctx, res, m, neutraliser(ctx, m, quoted, 'grant'), 'grants open-domain use');
  for (const m of longestNonOverlapping(doc.matches.persona)) {
    const why = personaNeutraliser(ctx, m);
    if (why === BOUND) res.boundPersonas++;
    if (why) res.signals.push(signalOf(doc, m, 'neutralised', `persona ${why}`));
    else {
      res.personas.push(m);
      res.signals.push(signalOf(doc, m, 'generic-persona', 'generic assistant or companion persona'));
    }
  }
  return res;
}
