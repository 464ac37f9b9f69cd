/** Domain qualification: "any question about your booking" limits a grant-like phrase to a business. */

import { type Context, commaBetween } from './context';
import { phraseMatcher } from './doc';
import { hintLanguages } from './language';
import type { Match } from './matcher';
import { isSingleCharScript } from './tokenize';

const POST_WINDOW = 4;

/** Domain qualification: "any question about your booking", "关于订单的任何问题". */
export function domainQualified(ctx: Context, m: Match): boolean {
  const { structure: st, tokens } = ctx.doc;
  const s = st.sentence[m.from];
  if (topicNounQualified(ctx, m)) return true;
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
  const business = ownBusinessTokens(ctx);
  for (let k = m.to; k <= m.to + POST_WINDOW && k < tokens.length && st.sentence[k] === s; k++) {
    if (k > m.to && commaBetween(ctx.doc, k)) return false;
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

const businessMasks = new WeakMap<Context, Uint8Array>();

/** Tokens of business-topic words, once per context. Topic words count in the prompt's own languages only ("karta" is a Turkish topic, a Hindi verb). */
function ownBusinessTokens(ctx: Context): Uint8Array {
  let mask = businessMasks.get(ctx);
  if (!mask) {
    mask = new Uint8Array(ctx.doc.tokens.length);
    for (const b of ctx.doc.matches.business) if (ctx.languages.includes(b.pattern.lang)) mask.fill(1, b.from, b.to);
    businessMasks.set(ctx, mask);
  }
  return mask;
}

/**
 * A business-topic word inside the phrase or right after it names the domain: "cualquier pregunta
 * bancaria", "toute question de voyage", "koi bhi banking sawaal". Words for people ("clients") and
 * function words ("nos") do not: "any question our customers ask" stays open.
 */
function topicNounQualified(ctx: Context, m: Match): boolean {
  const { structure: st, tokens } = ctx.doc;
  const business = ownBusinessTokens(ctx);
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
