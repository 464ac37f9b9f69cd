/** Domain qualification: "any question about your booking" limits a grant-like phrase to a business. */

import { type Context, commaBetween } from './context';
import { ownLanguageMask } from './ownMask';
import { phraseMatcher } from './doc';
import { hintLanguages } from './language';
import type { Match } from './matcher';
import { isSingleCharScript } from './tokenize';

const POST_WINDOW = 4;

/** Domain qualification: "any question about your booking", "关于订单的任何问题". */
export function domainQualified(ctx: Context, m: Match): boolean {
  const { structure: st, tokens } = ctx.doc;
  const s = st.sentence[m.from];
  if (topicNounQualified(ctx, m) || restrictedByOnly(ctx, m)) return true;
  const broad = ctx.startEnd('broad');
  const qual = ctx.startEnd('qualifier');
  for (let k = m.to; k <= m.to + POST_WINDOW && k < tokens.length && st.sentence[k] === s; k++) {
    const qb = qual[k];
    if (!qb) continue;
    if (qb < tokens.length && introducesList(ctx, qb)) return !broad[qb];
    return qb < tokens.length && st.sentence[qb] === s && !broad[qb] && !(qb + 1 < tokens.length && broad[qb + 1]);
  }
  if (postModified(ctx, m)) return true;
  // Qualifier before the phrase ("关于订单的任何问题"): the closest one ending within 8 words, or
  // 24 characters in scripts matched per character ("有关信用卡、转账和理财产品的任何问题").
  const before = ctx.covered('qualifierBefore');
  const broadCov = ctx.covered('broad');
  const reach = isSingleCharScript(tokens[m.from].text) ? 24 : 8;
  for (let k = m.from - 1; k >= 0 && k >= m.from - reach && st.sentence[k] === s; k--) {
    if (before[k]) return true;
    if (broadCov[k]) return false;
  }
  return false;
}

const OBJECT_REACH = 4;

/**
 * A modifier right after the phrase, in its clause, that takes the phrase out of the open domain: one that
 * refers to off-topic requests ("swali lolote nje ya hayo", any question outside these), or a word of the
 * qualifier class followed by a business noun, in languages whose lexicon lists it before the noun but that
 * also put it after ("ทุกเรื่องเกี่ยวกับการจอง", every matter about the booking).
 */
function postModified(ctx: Context, m: Match): boolean {
  const { structure: st, tokens } = ctx.doc;
  const s = st.sentence[m.from];
  const off = ctx.startEnd('offTopic');
  const qual = ctx.startEnd('qualifierBefore');
  const broad = ctx.covered('broad');
  const business = ownLanguageMask(ctx, 'business');
  for (let k = m.to; k <= m.to + POST_WINDOW && k < tokens.length && st.sentence[k] === s; k++) {
    // A comma right after the phrase too: "any other question, even off-topic ones" adds, it does not restrict.
    if (commaBetween(ctx.doc, k)) return false;
    if (off[k]) return true;
    const e = qual[k];
    if (!e) continue;
    for (let j = e; j < e + OBJECT_REACH && j < tokens.length && st.sentence[j] === s; j++) {
      if (j > e && commaBetween(ctx.doc, j)) break;
      if (broad[j]) return false;
      if (business[j]) return true;
    }
  }
  return false;
}

/** A qualifier closed by a colon whose object is the list below it ("any question about:\n- adoptions"). */
function introducesList(ctx: Context, k: number): boolean {
  const { tokens, norm, structure: st } = ctx.doc;
  const gap = norm.text.slice(tokens[k - 1].end, tokens[k].start);
  return /[:：]\s*\n/.test(gap) && st.lines[st.tokLine[k]].kind === 'list';
}

/**
 * A business-topic word inside the phrase or right after it names the domain: "cualquier pregunta
 * bancaria", "toute question de voyage", "koi bhi banking sawaal". Words for people ("clients") and
 * function words ("nos") do not: "any question our customers ask" stays open.
 */
function topicNounQualified(ctx: Context, m: Match): boolean {
  const { structure: st, tokens } = ctx.doc;
  const business = ownLanguageMask(ctx, 'business');
  const person = ctx.covered('userRole');
  if (ctx.covered('broad')[m.to - 1]) return false; // "about anything the passenger wants"
  const topical = (k: number): boolean =>
    k < tokens.length &&
    st.sentence[k] === st.sentence[m.from] &&
    business[k] === 1 &&
    !person[k] &&
    tokens[k].text.length >= 4 &&
    hintLanguages(tokens[k].text).length === 0 &&
    !ctx.startEnd('broad')[k];
  for (let k = m.from + 1; k < m.to - 1; k++)
    if (topical(k) && !phraseMatcher().fitsAnyStep(m.pattern, tokens[k].text)) return true;
  if (m.to < tokens.length && commaBetween(ctx.doc, m.to)) return false;
  if (topical(m.to)) return true;
  return (
    m.to + 1 < tokens.length && tokens[m.to].text.length <= 3 && !commaBetween(ctx.doc, m.to + 1) && topical(m.to + 1)
  );
}

/** Reach (tokens) of a restriction word before the phrase, and after it. */
const ONLY_BEFORE = 12;
const ONLY_AFTER = 8;
/** An appositive tail after a comma (", any of them"): at most this many tokens after the phrase end its clause. */
const TAIL = 3;

/**
 * Restriction: a word of the `onlyWord` class (only, solely, solo, hanya, 只, केवल, เท่านั้น) in the phrase's clause
 * limits its "any": "answer only questions about the shop, any of them", "hanya jawab pertanyaan apa pun tentang
 * pesanan", "ตอบทุกคำถามเรื่องการจองเท่านั้น". Read back to the start of the clause (and across one comma when the
 * phrase is a short tail that ends its clause: "just orders, any of them"), and forward to the end of the clause.
 * "Not only" (additive) adds instead of restricting, a restriction word inside a condition ("只要", as long as) is
 * the condition's, and one after a denied limit is its object ("ไม่ต้องจำกัดตัวเองอยู่แค่นั้น", don't keep to just that).
 */
function restrictedByOnly(ctx: Context, m: Match): boolean {
  if (ctx.doc.matches.onlyWord.length === 0) return false;
  // A denied limit ("don't limit yourself to just that") is what the restriction word belongs to.
  const limit = ctx.covered('limitWord');
  for (let k = m.from; k < m.to; k++) if (limit[k]) return false;
  const { structure: st, tokens } = ctx.doc;
  const s = st.sentence[m.from];
  const only = ownOnlyWords(ctx);
  const additive = ctx.covered('additive');
  const conditional = ctx.covered('conditional');
  const restricts = (k: number): boolean => only[k] === 1 && !additive[k] && !conditional[k];
  for (let k = m.from; k < m.to; k++) if (restricts(k)) return true;
  const clauseEnd = ctx.clauseLast[m.to - 1];
  let commas = 0;
  for (let k = m.from - 1; k >= 0 && k >= m.from - ONLY_BEFORE && st.sentence[k] === s; k--) {
    // Across a comma only from a short tail that ends its clause: "just orders, any of them".
    const tail = m.from - (k + 1) <= TAIL && clauseEnd - (m.to - 1) <= TAIL;
    if (commaBetween(ctx.doc, k + 1) && (++commas > 1 || !tail)) break;
    if (restricts(k)) return true;
  }
  for (let k = m.to; k <= clauseEnd && k < tokens.length && k < m.to + ONLY_AFTER; k++) if (restricts(k)) return true;
  return false;
}

const onlyMasks = new WeakMap<Context, Uint8Array>();

/**
 * Tokens of restriction words in the prompt's own languages (none when they are unknown), unless the word is a function word of another of
 * them that does not restrict there ("tu" restricts in Swahili, is "you" in French and Romanian).
 */
function ownOnlyWords(ctx: Context): Uint8Array {
  let mask = onlyMasks.get(ctx);
  if (mask) return mask;
  mask = new Uint8Array(ctx.doc.tokens.length);
  const { languages } = ctx;
  const langsAt = new Map<number, string[]>();
  for (const o of ctx.doc.matches.onlyWord) langsAt.set(o.from, [...(langsAt.get(o.from) ?? []), o.pattern.lang]);
  for (const o of ctx.doc.matches.onlyWord) {
    const own = langsAt.get(o.from) ?? [];
    const other = (l: string): boolean => languages.includes(l) && !own.includes(l);
    const foreign = o.to - o.from === 1 && hintLanguages(ctx.doc.tokens[o.from].text).some(other);
    if (languages.includes(o.pattern.lang) && !foreign) mask.fill(1, o.from, o.to);
  }
  onlyMasks.set(ctx, mask);
  return mask;
}
