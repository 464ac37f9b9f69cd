/**
 * Whether a negation cue reaches a phrase: before it in its clause, after it (postposed negation),
 * closing its clause in verb-final languages, or as a bare reply in the next sentence.
 */

import { type Context, commaBetween } from './context';
import type { Match } from './matcher';

const PRE_WINDOW = 12;
const POST_WINDOW = 4;

/**
 * A negation cue before `a` in the same sentence, within `window` tokens, not beyond a contrast word,
 * and not inside a conditional clause that ended before the phrase ("if you cannot X, do Y").
 */
export function negatedBefore(ctx: Context, a: number, window = PRE_WINDOW, clauseOnly = false): boolean {
  const { sentence } = ctx.doc.structure;
  let crossedComma = false;
  for (let k = a - 1; k >= 0 && k >= a - window && sentence[k] === sentence[a]; k--) {
    if (ctx.contrast[k]) return false;
    if (commaBetween(ctx.doc, k + 1)) {
      if (clauseOnly || chineseClauseComma(ctx, k + 1)) return false;
      crossedComma = true;
    }
    if (ctx.negEnd[k]) return !(crossedComma && conditionalBefore(ctx, k));
  }
  return false;
}

const HAN = /\p{Script=Han}/u;

/**
 * Chinese separates list items with "、" and clauses with "，" (a comma after normalisation): a negation
 * does not reach past a clause comma that follows a Han character ("别推脱，凭你的常识…" negates the
 * first clause only). Japanese writes "、" for both and negates after the verb: it is not concerned.
 */
function chineseClauseComma(ctx: Context, k: number): boolean {
  const { text } = ctx.doc.norm;
  const prev = ctx.doc.tokens[k - 1];
  return text[prev.end] === ',' && HAN.test(prev.text) && HAN.test(ctx.doc.tokens[k].text[0]);
}

const CONDITION_REACH = 40;

function conditionalBefore(ctx: Context, k: number): boolean {
  const { sentence } = ctx.doc.structure;
  for (let j = k; j >= 0 && j > k - CONDITION_REACH && sentence[j] === sentence[k]; j--)
    if (ctx.conditional[j]) return true;
  return false;
}

/**
 * A phrase answered by a bare negation in the next sentence: "Essays, code or trivia? No.",
 * "Customers ask if you are ChatGPT. You are not; …". The next sentence must be short (a reply,
 * not a new instruction such as "Do not share prices with competitors.").
 */
export function negatedByNextSentence(ctx: Context, m: Match): boolean {
  const { sentence } = ctx.doc.structure;
  const s = sentence[m.from];
  // The next sentence's first token, from a per-token index: no walk over the rest of the sentence for
  // every phrase (quadratic in a text without sentence stops).
  let k = m.to < sentence.length && sentence[m.to] === s ? ctx.sentenceLast[m.to] + 1 : m.to;
  const from = k;
  // A heading ("## 말투") starts a section, a new list item a new instruction ("- Evite textões."): they answer nothing.
  const { lines, tokLine } = ctx.doc.structure;
  if (k < sentence.length && lines[tokLine[k]].kind === 'heading') return false;
  if (k < sentence.length && tokLine[k] !== tokLine[m.to - 1] && lines[tokLine[k]].kind === 'list') return false;
  let neg = false;
  let wordNeg = false;
  for (; k < sentence.length && sentence[k] === s + 1 && k - from <= BARE_REPLY; k++)
    if (ctx.negEnd[k]) {
      neg = true;
      if (!morphologicalOnly(ctx, k)) wordNeg = true;
    }
  if (!neg || k - from > BARE_REPLY || (k < sentence.length && sentence[k] === s + 1)) return false;
  // A negated verb of its own with a subject or an object is a new instruction, not a reply: "Müştəri söhbətdən
  // çıxmasın." (the customer must not leave the chat); a bare negated verb still replies ("Yapmıyoruz.").
  return wordNeg || k - from <= BARE_VERB_REPLY;
}

const BARE_REPLY = 3;
/** Longest reply whose only negation is a negated verb form (morphology.ts): the verb and one word. */
const BARE_VERB_REPLY = 2;

/** The negation cues ending at token k are all negated verb forms read by rule (morphology.ts), not negation words. */
function morphologicalOnly(ctx: Context, k: number): boolean {
  return negationEnds(ctx)[k] === MORPHOLOGY_ONLY;
}

const MORPHOLOGY_ONLY = 1;
const WORD = 2;
/** Per token: how the negation cues that end there are read (none, only by morphology, at least one a word). */
const NEGATION_ENDS = new WeakMap<Context, Uint8Array>();

function negationEnds(ctx: Context): Uint8Array {
  let ends = NEGATION_ENDS.get(ctx);
  if (ends) return ends;
  ends = new Uint8Array(ctx.doc.tokens.length);
  for (const m of ctx.doc.matches.negation)
    ends[m.to - 1] = m.pattern.source.startsWith('morphology:') ? ends[m.to - 1] || MORPHOLOGY_ONLY : WORD;
  NEGATION_ENDS.set(ctx, ends);
  return ends;
}

/**
 * A clause closed by a negative verb negates the phrase in it, in verb-final languages:
 * "Ödev yapma, kod yazma, şiir yazma." The cue must be the clause's last word and a full word
 * (four letters or more), with no contrast word between the phrase and it.
 */
export function negatedAtSentenceEnd(ctx: Context, m: Match): boolean {
  const k = ctx.clauseLast[m.to - 1];
  if (!ctx.negEnd[k] || ctx.doc.tokens[k].text.length < 4) return negatedEnumeration(ctx, m);
  return k <= m.to || ctx.contrastBefore[k] === ctx.contrastBefore[m.to];
}

/** Longest comma-separated item of an enumeration, in tokens (the last one carries the verb too). */
const ITEM = 6;
/** The last stretch carries the verb, its object and what qualifies it ("tarif gibi kliniğimizle ilgisi olmayan taleplere girme"). */
const LAST_ITEM = 10;
/** Items read after the phrase's: a bound, so that a sentence of many short clauses stays linear. */
const MAX_ITEMS = 16;

/**
 * An enumeration of items governed by the negated verb that closes it, in verb-final clauses: "ödev çözme,
 * yemek tarifi, kod yazma ya da CV hazırlamada yardımcı olmuyoruz." Every comma-separated stretch from the phrase's
 * to the verb's is short (an item, not a clause with a verb of its own), with no contrast word between. The verb
 * closes the sentence or a clause that a semicolon ends ("… gibi taleplere girme; kibarca … de."), and its
 * negation is a negation word or a postposed one ("… போன்ற கேள்விகளுக்கு பதில் அளிக்க வேண்டாம்;").
 */
function negatedEnumeration(ctx: Context, m: Match): boolean {
  const { sentence } = ctx.doc.structure;
  let start = m.from;
  while (
    start > 0 &&
    sentence[start - 1] === sentence[m.from] &&
    itemWords(ctx, start, m.to) <= ITEM &&
    !commaBetween(ctx.doc, start)
  )
    start--;
  let end = ctx.clauseLast[m.to - 1];
  if (itemWords(ctx, start, end + 1) > ITEM || closesClause(ctx, end)) return false;
  for (let k = end + 1, items = 0; ; k = end + 1) {
    end = ctx.clauseLast[k];
    const closes = closesClause(ctx, end);
    if (itemWords(ctx, k, end + 1) > (closes ? LAST_ITEM : ITEM) || ++items > MAX_ITEMS) return false;
    if (closes) break;
  }
  return closingNegation(ctx, end) && ctx.contrastBefore[end] === ctx.contrastBefore[m.to];
}

/** Han and kana characters per word, roughly: those scripts are tokenised character by character. */
const CHARS_PER_WORD = 3;
const CHAR_TOKEN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

/**
 * The length in words of tokens [a, b): a character token of Chinese or Japanese counts as a third of a word, so
 * that "他店のおすすめなども対応しません" (16 characters, about six words) is an item as short as its translation.
 */
function itemWords(ctx: Context, a: number, b: number): number {
  const { tokens } = ctx.doc;
  let words = 0;
  let chars = 0;
  for (let k = a; k < b; k++) {
    if (CHAR_TOKEN.test(tokens[k].text)) chars++;
    else words++;
    // A bound on the walk: past the longest item, the exact length no longer matters.
    if (words + chars / CHARS_PER_WORD > LAST_ITEM + 1) break;
  }
  return words + Math.ceil(chars / CHARS_PER_WORD);
}

/** The token ends its sentence, or a clause that a semicolon closes. */
function closesClause(ctx: Context, k: number): boolean {
  if (ctx.sentenceLast[k] === k) return true;
  const { tokens, norm } = ctx.doc;
  return SEMICOLON.test(norm.text.slice(tokens[k].end, tokens[k + 1].start));
}
const SEMICOLON = /^[\s)"'»”」]*[;；]/u;

/** A full negation word ends at k, a negation cue or a postposed negation (`negationAfter`). */
function closingNegation(ctx: Context, k: number): boolean {
  if (ctx.negEnd[k] && ctx.doc.tokens[k].text.length >= 4) return true;
  // A postposed negation that ends the clause, or one that only the final verb follows ("… par jawab mat dein",
  // Hindi and Urdu put "mat"/"na" between the object and the verb).
  for (let j = Math.max(0, k - 2); j <= k; j++) {
    const end = ctx.negAfterStart[j];
    if (end === k + 1 || (end === k && j < k)) return true;
  }
  return false;
}

export function negatedAfter(ctx: Context, m: Match): boolean {
  const { sentence } = ctx.doc.structure;
  const starts = ctx.negAfterStart;
  for (let k = m.to; k <= m.to + POST_WINDOW && k < starts.length && sentence[k] === sentence[m.from]; k++) {
    if (commaBetween(ctx.doc, k)) return false;
    if (starts[k] && !(starts[k] === k + 1 && ctx.glued[k])) return true;
  }
  return negatedBeforeKanaEnding(ctx, m);
}

/** How far (tokens) a Japanese clause is read after the phrase for the negation that closes it. */
const KANA_CLAUSE = 40;
const KANA_ENDING = /^[\p{Script=Hiragana}ー]+$/u;

/**
 * Japanese closes a clause with its verb, then a kana ending: "どんな質問にも答えるような使い方は禁止です",
 * "一般的な知識の質問は対象外です", "レシピの質問には答えないでください". A postposed negation (`negationAfter`) after
 * the phrase in its clause, followed only by kana to the clause end and with no contrast word, refusal or
 * leak between, negates what the clause says about the phrase.
 */
function negatedBeforeKanaEnding(ctx: Context, m: Match): boolean {
  const last = ctx.clauseLast[m.to - 1];
  if (last - m.to > KANA_CLAUSE || last >= ctx.doc.tokens.length) return false;
  const { tokens } = ctx.doc;
  const refusal = ctx.covered('refusal');
  const leak = ctx.covered('leak');
  for (let k = m.to; k <= last; k++) {
    if (refusal[k] || leak[k] || ctx.contrastBefore[k] !== ctx.contrastBefore[m.to]) return false;
    const e = ctx.negAfterStart[k];
    if (!e) continue;
    let j = e;
    while (j <= last && KANA_ENDING.test(tokens[j].text)) j++;
    if (j > last) return true;
  }
  return false;
}
