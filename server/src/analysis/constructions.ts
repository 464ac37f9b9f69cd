/**
 * Grants and leaks composed from word classes (lexicon categories anyWord, topicWord, limitWord,
 * noneWord, answerWord, selfWord) rather than spelled out as phrases, so that a language that lists
 * its classes gets every construction:
 * - no limit:   a limit word that is denied ("no subject is off limits", "sem restrição de assunto",
 *               "тематических ограничений нет", "don't limit yourself"), about topics or the bot itself;
 * - answer any: an answer word with a universal topic ("help with any topic", "her konuya cevap ver"),
 *               or a capability word said of the bot (knowWord: "it knows a bit of everything");
 * - exception:  an off-topic condition whose consequence serves the request ("if it is unrelated, help
 *               them fully", or a refusal turned around: "don't refuse"), with no refusal, handoff, limit
 *               or fixed reply in its sentence.
 * Each result is a match spanning the construction, whose pattern is its head word's (for language and
 * hover); grants.ts then applies the same neutralisers as to phrase matches (quotation, few-shot turns,
 * negation before it, domain qualification).
 */

import { asideTokensAfter } from './aside';
import { type Context, commaBetween } from './context';
import { longestNonOverlapping } from './doc';
import { freeChoiceGrants, servedOffTopic } from './freeChoice';
import type { Match } from './matcher';
import { firstNotBefore } from './search';
import { answerReportsDecline } from './declinedReply';
import { fullAnswerLeaks } from './fullAnswer';

/** Reach (tokens) between a limit word and the topic or the bot it limits. */
const OBJECT_REACH = 3;
/** Reach between a capability word and the universal object it has ("knows a bit of everything"). */
const KNOW_REACH = 4;
/** Reach between a "none" word and the limit or topic it denies. */
const NONE_REACH = 2;
/** Longest "none" phrase ("il n'y a pas de"). */
const NONE_SPAN = 6;
/** Longest discontinuous "none" phrase around a limit ("कोई … नहीं": `...` skips up to 8 words). */
const NONE_SPAN_AROUND = 10;
/** Reach of a postposed denial after the limit word ("ограничений у тебя нет"). */
const POST_REACH = 3;
/** Reach between an off-topic condition and the consequence that answers it. */
const CONSEQUENCE_REACH = 24;
/** Reach of a negation before an answer word ("should never be answered"). */
const ANSWER_NEG_REACH = 3;
/** Reach after the consequence in which a quoted fixed reply or a business topic qualifies it. */
const AFTER_REACH = 4;
/** Reach after the consequence in which a restriction word ("only") bounds what the answer reports. */
const REPORTED_REACH = 9;

export interface Constructed {
  grants: Match[];
  leaks: Match[];
}

/** Tokens a and b (a <= b) are in one clause: same sentence, no comma-like break between them. */
function oneClause(ctx: Context, a: number, b: number): boolean {
  const { sentence } = ctx.doc.structure;
  if (a < 0 || b >= sentence.length || sentence[a] !== sentence[b]) return false;
  for (let k = a + 1; k <= b; k++) if (commaBetween(ctx.doc, k)) return false;
  return true;
}

function span(head: Match, from: number, to: number): Match {
  return { pattern: head.pattern, from, to };
}

/** The first token in [lo, hi] in the clause of `at` for which `test` holds, or -1. */
function findNear(ctx: Context, at: number, lo: number, hi: number, test: (k: number) => boolean): number {
  const n = ctx.doc.tokens.length;
  for (let k = Math.max(0, lo); k <= hi && k < n; k++) {
    if (test(k) && (k < at ? oneClause(ctx, k, at) : oneClause(ctx, at, k))) return k;
  }
  return -1;
}

/** Longest negation phrase walked back over ("do not", "n'est pas"). */
const NEG_SPAN = 4;

/** The first token of the negation cue ending at token k. */
function negationStart(ctx: Context, k: number): number {
  const neg = ctx.covered('negation');
  let j = k;
  while (j > 0 && k - j < NEG_SPAN && neg[j - 1] === 1 && oneClause(ctx, j - 1, k)) j--;
  return j;
}

/** "No subject is off limits", "keine Themenbeschränkung", "주제는 가리지 말고", "ไม่ต้องจำกัดตัวเอง". */
function noLimitGrants(ctx: Context): Match[] {
  const { doc } = ctx;
  const topic = ctx.covered('topicWord');
  const any = ctx.covered('anyWord');
  const self = ctx.covered('selfWord');
  const noneEnd = ctx.startEnd('noneWord');
  const none = ctx.covered('noneWord');
  const object = (k: number): boolean => topic[k] === 1 || any[k] === 1 || self[k] === 1;
  const out: Match[] = [];
  for (const l of doc.matches.limitWord) {
    const obj = findNear(ctx, l.from, l.from - OBJECT_REACH, l.to - 1 + OBJECT_REACH, object);
    if (obj < 0) continue;
    let from = Math.min(l.from, obj);
    let to = Math.max(l.to, obj + 1);
    // A "none" word right before the limit or its topic ("no topic restrictions", "aucun sujet n'est hors limites").
    const start = from;
    // ("nothing is off limits": the topic word is the "none" word itself).
    const denier = findNear(ctx, start, start - NONE_SPAN, start, (k) => {
      const end = noneEnd[k];
      return end > 0 && (k === start || (end <= start && start - end < NONE_REACH));
    });
    // A "none" word around the limit ("कोई भी विषय वर्जित नहीं": a discontinuous negative quantifier).
    const around = none[l.from] === 1 && none[l.to - 1] === 1;
    if (around) {
      while (from > 0 && l.from - from < NONE_SPAN_AROUND && none[from - 1] === 1 && oneClause(ctx, from - 1, l.from))
        from--;
      while (to < none.length && to - l.to < NONE_SPAN_AROUND && none[to] === 1 && oneClause(ctx, l.to - 1, to)) to++;
    }
    // A negation right before the limit ("not limited", "don't limit yourself", "no te limites").
    const before =
      (l.from >= 1 && ctx.negEnd[l.from - 1] === 1) ||
      (l.from >= 2 && self[l.from - 1] === 1 && ctx.negEnd[l.from - 2] === 1);
    // A denial after it: "ограничений у тебя нет", "konu sınırı yok", "制限はありません".
    const post = findNear(ctx, l.to - 1, l.to, l.to + POST_REACH, (k) => ctx.negAfterStart[k] > 0 || noneEnd[k] > 0);
    if (denier >= 0) from = Math.min(from, denier);
    else if (before) from = Math.min(from, negationStart(ctx, l.from - 1));
    else if (post >= 0) to = Math.max(to, ctx.negAfterStart[post], noneEnd[post]);
    else if (!around) continue;
    out.push(span(l, from, to));
  }
  return out;
}

/**
 * "Help with any topic", "responde cualquier pregunta", "her konuya cevap ver", "任何问题都回答", and the
 * capability statement without an imperative: "it knows a bit of everything", "sabe de todo un poco".
 */
function answerAnyGrants(ctx: Context): Match[] {
  const { doc } = ctx;
  const topicEnd = ctx.startEnd('topicWord');
  const answer = ctx.covered('answerWord');
  const know = ctx.covered('knowWord');
  // An answer verb next to its object, or a capability said of the bot ("it knows a bit of everything",
  // "弁護士並みになんでも詳しい"), which has a partitive or a degree word between them.
  const serves = (k: number, dist: number): boolean =>
    (answer[k] === 1 && dist <= OBJECT_REACH) || (know[k] === 1 && dist <= KNOW_REACH);
  const out: Match[] = [];
  for (const y of doc.matches.anyWord) {
    // The universal word, then its topic (adjacent or one word apart: "any kind of question" is a phrase entry).
    const t = findNear(ctx, y.to - 1, y.to - 1, y.to + 1, (k) => topicEnd[k] > 0);
    if (t < 0) continue;
    const tEnd = topicEnd[t];
    // The answer word before it ("answer any question") or after it in verb-final order ("どんな質問にも答えて").
    const before = findNear(ctx, y.from, y.from - KNOW_REACH, y.from - 1, (k) => serves(k, y.from - k));
    const after = before >= 0 ? -1 : findNear(ctx, tEnd - 1, tEnd, tEnd + KNOW_REACH, (k) => serves(k, k - tEnd + 1));
    const via = before >= 0 || after >= 0 ? -1 : answerViaQualifiedTopic(ctx, y, serves);
    if (before >= 0) out.push(span(y, before, tEnd));
    else if (after >= 0) out.push(span(y, y.from, after + 1));
    else if (via >= 0) out.push(span(y, via, tEnd));
  }
  return out;
}

/**
 * The universal topic qualifies the answer word's own object: "answer the customers' questions about any kind
 * of topic", "svara på kundernas frågor om alla slags ämnen", "rispondi alle domande su qualsiasi argomento".
 * A qualifier word right before the universal word, a topic word right before that, and the answer word before
 * the topic word, all in one clause. Returns the topic word's index (the span starts on the answer's object, as a
 * phrase entry does: the answer's other words, "kundernas", are no domain of the grant), or -1.
 */
function answerViaQualifiedTopic(ctx: Context, y: Match, serves: (k: number, dist: number) => boolean): number {
  const q = y.from - 1;
  const topic = ctx.covered('topicWord');
  if (q < 1 || ctx.covered('qualifier')[q] !== 1 || topic[q - 1] !== 1 || !oneClause(ctx, q - 1, y.from)) return -1;
  let t = q - 1;
  while (t > 0 && topic[t - 1] === 1) t--;
  return findNear(ctx, t, t - KNOW_REACH, t - 1, (k) => serves(k, t - k)) >= 0 ? t : -1;
}

/** Sentences with an instruction that closes what an off-topic condition opens. */
function closedSentences(ctx: Context): Set<number> {
  const out = new Set(ctx.refusalSentences);
  for (const c of ['scope', 'escalation', 'noEscalation'] as const) for (const s of ctx.sentences(c)) out.add(s);
  return out;
}

/**
 * The answer word at `a` is negated: a negation shortly before it or a postposed one after it, in its clause, or
 * the word itself in a language that negates by a suffix (Turkish "soruları yanıtlamıyorsun": morphology.ts).
 */
function answerNegated(ctx: Context, a: Match): boolean {
  for (let k = a.from; k < a.to; k++) if (ctx.negEnd[k] || ctx.negAfterStart[k] === k + 1) return true;
  if (findNear(ctx, a.from, a.from - ANSWER_NEG_REACH, a.from - 1, (k) => ctx.negEnd[k] === 1) >= 0) return true;
  return findNear(ctx, a.to - 1, a.to, a.to + ANSWER_NEG_REACH, (k) => ctx.negAfterStart[k] > 0) >= 0;
}

/**
 * The consequence is a fixed reply or stays on the business: a quotation right after the answer word
 * ("reply: 'I only handle orders'") or a business topic ("help them with their booking").
 */
function consequenceBound(ctx: Context, a: Match, business: Uint8Array): boolean {
  const { quoted } = ctx.doc.structure;
  if (answerReportsDecline(ctx, a)) return true;
  // "explain that you only help with purchases", "dì che aiuti solo con gli ordini": the answer word is restricted.
  const only = ctx.covered('onlyWord');
  const bound = (k: number): boolean => quoted[k] === 1 || business[k] === 1 || only[k] === 1;
  if (findNear(ctx, a.to - 1, a.to, a.to - 1 + AFTER_REACH, bound) >= 0) return true;
  // What the answer reports may run longer before its restriction, in the same clause: "rispondi con simpatia che
  // qui ti occupi solo delle prenotazioni", "reply politely that here you only take bookings".
  return findNear(ctx, a.to - 1, a.to, a.to - 1 + REPORTED_REACH, (k) => only[k] === 1) >= 0;
}

/**
 * The answer word stands in the clause that follows the condition: a clause break between them and no
 * new condition ("fuera de tema (por ejemplo, si respondió …)" describes, it does not instruct).
 */
function mainClauseAfter(ctx: Context, o: Match, a: Match, needBreak = true): boolean {
  let broken = !needBreak;
  for (let k = o.to; k < a.from; k++) {
    if (ctx.conditional[k]) return false;
    if (clauseBreak(ctx, k)) broken = true;
  }
  return broken || clauseBreak(ctx, a.from);
}

/** Most words after a sentence's final verb: auxiliaries and politeness ("답해 주세요", "答えてください"). */
const AUXILIARIES = 2;

/**
 * The answer word is the sentence's final verb: in verb-final order the condition before it ends on a
 * connective, not a comma ("관련 없는 질문을 하더라도 자세히 답해 주세요", even if it is unrelated, answer).
 */
function closesSentence(ctx: Context, a: Match): boolean {
  return ctx.sentenceLast[a.to - 1] - (a.to - 1) <= AUXILIARIES;
}

/**
 * Verb-final order without a comma: the condition ends on its own verb of asking, in a concessive or conditional
 * form, and the answer word that follows is its clause's final verb (a clause break after it, past at most its
 * auxiliaries): "వేరే విషయాలు అడిగినా సహాయం చేయండి — …" (even if they ask about other things, help — …). Not
 * "на вопросы не о доставке отвечай, что …": no verb of asking, and the comma opens what the answer reports.
 */
function askedThenServed(ctx: Context, o: Match, a: Match): boolean {
  const ask = ctx.covered('askWord');
  let asked = false;
  for (let k = o.to; k < a.from; k++) if (ask[k]) asked = true;
  if (!asked) return false;
  const { sentence } = ctx.doc.structure;
  for (let k = a.to; k <= a.to + AUXILIARIES && k < sentence.length && sentence[k] === sentence[a.from]; k++)
    if (clauseBreak(ctx, k)) return true;
  return false;
}

/** Scripts written without spaces between words, where a space separates clauses (Thai, Lao, Khmer, Burmese). */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * A clause break before token k: a comma-like mark, a dash between spaces ("… למלון – אל …"), or a
 * space between two words of an unspaced script.
 */
function clauseBreak(ctx: Context, k: number): boolean {
  if (commaBetween(ctx.doc, k)) return true;
  const { tokens, norm } = ctx.doc;
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (/\s[–—]\s/.test(norm.text.slice(prev.end, cur.start))) return true;
  return (
    cur.start > prev.end &&
    UNSPACED.test(norm.text[prev.end - 1]) &&
    UNSPACED.test(norm.text[cur.start]) &&
    /\s/.test(norm.text.slice(prev.end, cur.start))
  );
}

/** First index in `ms` (sorted by `from`) with from >= v. */
function firstFrom(ms: readonly Match[], v: number): number {
  return firstNotBefore(ms.length, (i) => ms[i].from < v);
}

/** "If they ask about something unrelated, help them fully", "遇到和订单无关的问题，也尽量满足". */
function exceptionLeaks(ctx: Context): Match[] {
  const { doc } = ctx;
  const { sentence, quoted } = doc.structure;
  const answers = [...doc.matches.answerWord].sort((x, y) => x.from - y.from);
  const closed = closedSentences(ctx);
  const business = ctx.covered('business');
  const unrefused = [...ctx.negatedRefusals].sort((x, y) => x.from - y.from);
  const out: Match[] = [];
  for (const o of doc.matches.offTopic) {
    const s = sentence[o.from];
    if (closed.has(s) || quoted[o.from]) continue;
    // The first answer word after the condition that is not negated (the consequence), in the sentence.
    let found = false;
    const aside = asideTokensAfter(ctx, o.to);
    for (let i = firstFrom(answers, o.to); i < answers.length; i++) {
      const a = answers[i];
      if (sentence[a.from] !== s || a.from - o.to - aside > CONSEQUENCE_REACH) break;
      // An answer word inside a quotation is the fixed reply's own wording ("sabihin: "… lang ang kaya kong
      // sagutin""), not the consequence: the reply is quoted.
      if (quoted[a.from] && !quoted[o.from]) break;
      if (
        answerNegated(ctx, a) ||
        !(mainClauseAfter(ctx, o, a) || closesSentence(ctx, a) || askedThenServed(ctx, o, a))
      )
        break;
      found = true;
      if (!consequenceBound(ctx, a, business)) out.push(span(a, ownNegation(ctx, o.from), a.to));
      break;
    }
    // Or a refusal turned around ("if it is unrelated, don't turn them away"): the request is served.
    const r = found ? undefined : unrefused[firstFrom(unrefused, o.to)];
    // (a verb-final main clause needs no comma: "अगर … पूछे तो उसे खाली हाथ मत भेजिए").
    if (r && sentence[r.from] === s && r.from - o.to - aside <= CONSEQUENCE_REACH && mainClauseAfter(ctx, o, r, false))
      out.push(span(r, ownNegation(ctx, o.from), r.to));
  }
  return out;
}

/**
 * Constructions of the context that no phrase already judged: none overlaps an active phrase (the
 * phrase is the more specific reading), and one overlapping a neutralised phrase must contain it and
 * say more ("कोई भी विषय … दायरे से बाहर नहीं" over "कोई भी विषय"), else the phrase's verdict stands.
 */
export function constructions(ctx: Context, active: readonly Match[], neutralised: readonly Match[]): Constructed {
  const taken = new Uint8Array(ctx.doc.tokens.length);
  for (const m of active) taken.fill(1, m.from, m.to);
  const owner = new Int32Array(ctx.doc.tokens.length).fill(-1);
  neutralised.forEach((m, i) => owner.fill(i, m.from, m.to));
  const free = (m: Match): boolean => {
    for (let k = m.from; k < m.to; k++) {
      if (taken[k]) return false;
      const p = owner[k] >= 0 ? neutralised[owner[k]] : undefined;
      if (p && !(p.from >= m.from && p.to <= m.to && p.to - p.from < m.to - m.from)) return false;
    }
    return true;
  };
  return {
    grants: longestNonOverlapping([...noLimitGrants(ctx), ...answerAnyGrants(ctx), ...freeChoiceGrants(ctx)]).filter(
      free,
    ),
    leaks: longestNonOverlapping([...exceptionLeaks(ctx), ...servedOffTopic(ctx), ...fullAnswerLeaks(ctx)]).filter(
      free,
    ),
  };
}

/** Per sentence: the smallest end and the largest start of its refusals. */
const refusalIndexes = new WeakMap<Context, Map<number, { minTo: number; maxFrom: number }>>();

/**
 * Every refusal of the construction's sentence overlaps it: it is the limit the construction denies
 * ("कोई भी विषय … दायरे से बाहर नहीं", no topic is out of scope), not an instruction to decline.
 */
export function refusalInside(ctx: Context, m: Match): boolean {
  let bySentence = refusalIndexes.get(ctx);
  if (!bySentence) {
    bySentence = new Map();
    for (const r of ctx.doc.matches.refusal) {
      const s = ctx.doc.structure.sentence[r.from];
      const x = bySentence.get(s);
      if (x) {
        x.minTo = Math.min(x.minTo, r.to);
        x.maxFrom = Math.max(x.maxFrom, r.from);
      } else bySentence.set(s, { minTo: r.to, maxFrom: r.from });
    }
    refusalIndexes.set(ctx, bySentence);
  }
  const x = bySentence.get(ctx.doc.structure.sentence[m.from]);
  return x === undefined || (x.minTo > m.from && x.maxFrom < m.to);
}

/** Most words between an off-topic condition's own negation and its off-topic words ("no tiene nada que ver"). */
const CONDITION_NEG_GAP = 1;

/**
 * The start of an off-topic condition with its own negation ("si no tiene nada que ver", "dacă nu are
 * legătură"): the leak's span then holds every negation word of its condition, so grants.ts counts only
 * a negation before it, as for any phrase.
 */
function ownNegation(ctx: Context, from: number): number {
  for (let k = from - 1; k >= 0 && from - 1 - k <= CONDITION_NEG_GAP; k--) {
    if (!oneClause(ctx, k, from)) break;
    if (ctx.negEnd[k]) return negationStart(ctx, k);
  }
  return from;
}

/**
 * Negative concord: "No tienes ninguna restricción", "Não existe nenhum assunto proibido", "Ни одна
 * тема не запрещена": a negation before a construction that opens on its "none" word is the same denial.
 */
export function opensOnNone(ctx: Context, m: Match): boolean {
  return ctx.covered('noneWord')[m.from] === 1;
}
