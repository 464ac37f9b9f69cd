/**
 * Breadth by enumeration: a bare task noun (recipes, homework, translation) is no offer on its own,
 * but a sentence or a list that allows tasks from three or more unrelated domains describes a
 * general-purpose assistant, with or without an "any question" phrase.
 */

import { type Context, commaBetween } from './context';
import type { Doc } from './doc';
import type { Match } from './matcher';

export const MIN_DOMAINS = 3;
const OFF_TOPIC_REACH = 6;

/** Per token: the block it belongs to, a sentence or a run of list items with the line that introduces it. */
function blocks(doc: Doc): Int32Array {
  const { lines, tokLine, sentence } = doc.structure;
  const lineBlock = new Int32Array(lines.length).fill(-1);
  let id = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'list') continue;
    const prev = i > 0 && lines[i - 1].kind === 'list' ? lineBlock[i - 1] : -1;
    if (prev >= 0) lineBlock[i] = prev;
    else {
      lineBlock[i] = ++id;
      if (i > 0 && lines[i - 1].colon && lines[i - 1].kind !== 'blank') lineBlock[i - 1] = id;
    }
  }
  const out = new Int32Array(tokLine.length);
  // Sentence ids and block ids live in separate ranges: blocks are negative.
  for (let k = 0; k < tokLine.length; k++)
    out[k] = lineBlock[tokLine[k]] >= 0 ? -lineBlock[tokLine[k]] : sentence[k] + 1;
  return out;
}

export interface Breadth {
  /** Domain matches that belong to a broad enumeration. */
  broad: Set<Match>;
  /** Most distinct domains found in one block. */
  widest: number;
}

/** Which domain matches count as an offer: those in a block spanning MIN_DOMAINS or more domains. */
export function enumerationBreadth(doc: Doc, domainMatches: readonly Match[]): Breadth {
  const broad = new Set<Match>();
  if (domainMatches.length < MIN_DOMAINS)
    return { broad, widest: new Set(domainMatches.map((m) => m.pattern.domain)).size };
  const block = blocks(doc);
  const byBlock = groupByBlock(block, domainMatches);
  // "Unrelated requests (homework, recipes, code)": a list right after an off-topic cue gives examples of what is out of scope.
  const offTopicEnd = new Map<number, number>();
  for (const o of doc.matches.offTopic)
    offTopicEnd.set(block[o.from], Math.max(offTopicEnd.get(block[o.from]) ?? -1, o.to));
  let widest = 0;
  for (const [id, ms] of byBlock) {
    const off = offTopicEnd.get(id);
    if (off !== undefined && off <= ms[0].from && ms[0].from - off <= OFF_TOPIC_REACH) continue;
    const n = new Set(ms.map((m) => m.pattern.domain)).size;
    widest = Math.max(widest, n);
    if (n >= MIN_DOMAINS) for (const m of ms) broad.add(m);
  }
  return { broad, widest };
}

function groupByBlock(block: Int32Array, ms: readonly Match[]): Map<number, Match[]> {
  const byBlock = new Map<number, Match[]>();
  for (const m of ms) {
    const list = byBlock.get(block[m.from]);
    if (list) list.push(m);
    else byBlock.set(block[m.from], [m]);
  }
  return byBlock;
}

/**
 * Task matches of enumerations (two or more tasks in one sentence or list) that a limit governs as a whole.
 * `denials` receives the sentences after an enumeration that deny it ("None of them is something you answer"):
 * refusals in the rules' reading, which the clause classifier must not read again on its own.
 */
export function refusedEnumerations(ctx: Context, tasks: readonly Match[], denials?: Set<number>): Set<Match> {
  const out = new Set<Match>();
  if (tasks.length < 2) return out;
  for (const ms of groupByBlock(blocks(ctx.doc), tasks).values()) {
    if (ms.length >= 2 && limitGoverns(ctx, ms, denials)) for (const m of ms) out.add(m);
  }
  return out;
}

/**
 * A refusal or negation that governs a whole enumeration, however far from its items: in the
 * enumeration's own sentence ("Alles, was darüber hinausgeht – Aufsätze, Code, Gedichte –, erledigst du
 * nicht"), or, for a list, in the line that introduces it or the sentence right after it ("- homework
 * - recipes - code. Bunların hiçbirine cevap vermeyeceksin."). A contrast word between the cue and the
 * items ends its reach ("homework, recipes and code, but never share card numbers").
 */
function limitGoverns(ctx: Context, ms: readonly Match[], denials?: Set<number>): boolean {
  const { structure: st } = ctx.doc;
  const a = ms[0].from;
  const b = ms[ms.length - 1].to;
  const firstLine = st.lines[st.tokLine[a]];
  if (firstLine.kind !== 'list') {
    if (sentenceLimits(ctx, a, a, b, Infinity, true)) return true;
    const denial = deniedLater(ctx, b);
    if (denial >= 0) denials?.add(denial);
    return denial >= 0;
  }
  const before = firstLine.firstTok - 1;
  let last = st.tokLine[b - 1];
  while (last + 1 < st.lines.length && st.lines[last + 1].kind === 'list') last++;
  const after = st.lines[last].endTok;
  // A heading after the list starts another section: its sentences are not about the list.
  const next = after < st.sentence.length ? st.lines[st.tokLine[after]] : undefined;
  if (next?.kind === 'heading')
    return before >= 0 && st.lines[st.tokLine[before]].colon && sentenceLimits(ctx, before, a, b);
  return (
    (before >= 0 && st.lines[st.tokLine[before]].colon && sentenceLimits(ctx, before, a, b)) ||
    (after < st.sentence.length &&
      // "Politely decline anything else": a refusal of what the list leaves out, not of the list.
      !ctx.sentences('offTopic').has(st.sentence[after]) &&
      sentenceLimits(ctx, after, a, b, AFTER_LEAD))
  );
}

/**
 * A sentence after a list refers back to it when it opens on its negation ("None of these…",
 * "Bunların hiçbirine…", "Keine davon…"); a later one is about something else ("Keep a warm tone and
 * don't hesitate to use emoji").
 */
const AFTER_LEAD = 3;

/**
 * The sentence of token `at` holds a refusal, or a negation cue (within its first `lead` tokens) with
 * no contrast word between the cue and [a, b).
 */
function sentenceLimits(ctx: Context, at: number, a: number, b: number, lead = Infinity, local = false): boolean {
  const { sentence, tokLine } = ctx.doc.structure;
  const s = sentence[at];
  if (ctx.refusalSentences.has(s)) return true;
  let from = at;
  while (from > 0 && sentence[from - 1] === s) from--;
  const after = local ? servedClauses(ctx, b) : undefined;
  for (let k = from; k < sentence.length && sentence[k] === s && k - from < lead; k++) {
    if (k >= a && k < b) continue;
    if (!ctx.negEnd[k] && !ctx.negAfterStart[k]) continue;
    // Read in the enumeration's own sentence, a negation governs it from its lines only, and not from a clause
    // after an answer verb that served it ("… resepi, cinta pon boleh, jawab ringkas, jangan formal").
    if (after && ((tokLine[k] !== tokLine[a] && tokLine[k] !== tokLine[b - 1]) || (k >= b && after(k)))) continue;
    const lo = Math.min(k, a);
    const hi = Math.max(k, b);
    if (ctx.contrastBefore[hi] === ctx.contrastBefore[lo]) return true;
  }
  return false;
}

/**
 * For tokens k after the enumeration's end `b`, in increasing order: a later clause of its own lies between, a
 * comma-like break and an answer verb after the list ("… cinta pon boleh, jawab ringkas, jangan formal": the list
 * was served). One pass over the tokens after `b` in all.
 */
function servedClauses(ctx: Context, b: number): (k: number) => boolean {
  const answer = ctx.covered('answerWord');
  let j = b;
  let broken = false;
  let served = false;
  return (k) => {
    for (; j < k; j++) {
      if (j > b && commaBetween(ctx.doc, j)) broken = true;
      if (answer[j]) served = true;
    }
    return broken && served;
  };
}

/** Sentences after an enumeration that may deny it as a whole ("… Users ask for these. None of them: …"). */
const DENIAL_SENTENCES = 2;

/**
 * One of the next sentences of the paragraph opens on a "none" word and says what the bot does with
 * it: "Şiir, ödev, kod… Kullanıcılar bunları isteyebilir. Hiçbirine yanıt vermeyeceksin", "None of
 * these are things you help with". A bare "No emojis." is no denial of the enumeration. Returns the denying
 * sentence, or -1.
 */
function deniedLater(ctx: Context, b: number): number {
  const { structure: st } = ctx.doc;
  const noneEnd = ctx.startEnd('noneWord');
  const answers = ctx.sentences('answerWord');
  let k = b - 1;
  for (let i = 0; i < DENIAL_SENTENCES; i++) {
    const first = ctx.sentenceLast[k] + 1;
    if (first >= st.sentence.length || paragraphBreak(ctx, k, first)) return -1;
    const s = st.sentence[first];
    const opens = noneEnd[first] > 0 || (first + 1 < st.sentence.length && noneEnd[first + 1] > 0);
    if (opens && (answers.has(s) || ctx.refusalSentences.has(s))) return s;
    k = first;
  }
  return -1;
}

/** A blank line, a heading or a list item between tokens a and b: another paragraph. */
function paragraphBreak(ctx: Context, a: number, b: number): boolean {
  const { lines, tokLine } = ctx.doc.structure;
  for (let l = tokLine[a] + 1; l <= tokLine[b]; l++) if (lines[l].kind !== 'text') return true;
  return false;
}
