/**
 * General knowledge put to the business's own topics: "use your general knowledge to explain how insurance
 * terms work", "usa le tue conoscenze generali per spiegare gli ingredienti dei nostri piatti". The permission's
 * object is the business domain, so it does not open the bot. Only knowledge with no tie to the business, or
 * tied to anything else ("… to answer anything else customers ask"), stays a leak.
 */

import type { Context } from './context';
import type { Match } from './matcher';
import { reversalOverBusiness } from './reversalObject';

/** How far (tokens) either side of the phrase its sentence is read. */
const REACH = 30;

/** Word classes that keep the permission open: anything, unrelated, any topic, whatever. */
const OPEN_CLASSES = ['broad', 'offTopic', 'anyWord', 'topicWord', 'freeWord'] as const;

/** `open`: 1 for an open word, 2 for a `broad` one ("general", which the phrase itself holds). */
const tieMasks = new WeakMap<Context, { open: Uint8Array; business: Uint8Array }>();

/** Per context: tokens of open words (any language) and of business words of the prompt's own languages. */
function masks(ctx: Context): { open: Uint8Array; business: Uint8Array } {
  let m = tieMasks.get(ctx);
  if (!m) {
    const n = ctx.doc.tokens.length;
    const open = new Uint8Array(n);
    for (const c of OPEN_CLASSES) for (const x of ctx.doc.matches[c]) open.fill(c === 'broad' ? 2 : 1, x.from, x.to);
    const business = new Uint8Array(n);
    const person = ctx.covered('userRole');
    for (const x of ctx.doc.matches.business)
      if (ctx.languages.includes(x.pattern.lang)) for (let k = x.from; k < x.to; k++) if (!person[k]) business[k] = 1;
    m = { open, business };
    tieMasks.set(ctx, m);
  }
  return m;
}

/**
 * A leak whose sentence names the business's own topics (a business word outside the phrase: "insurance",
 * "our products", "हमारे उत्पादों") and nothing open (no "anything", "unrelated", "any topic"), with no negation
 * in it ("even if it is not about our products, help anyway" is a leak).
 */
export function knowledgeForBusiness(ctx: Context, m: Match): boolean {
  // Or a refusal turned around over a business request: "符合条件的退货申请不要拒绝", "never refuse a refund".
  if (reversalOverBusiness(ctx, m)) return true;
  const { sentence } = ctx.doc.structure;
  const s = sentence[m.from];
  if (ctx.negationSentences.has(s) || ctx.refusalSentences.has(s)) return false;
  const { open, business } = masks(ctx);
  // A negation or condition anywhere near makes it the "help even if it is not about us" kind of leak.
  const neg = ctx.covered('negation');
  const cond = ctx.covered('conditional');
  const closed = (k: number): boolean => open[k] === 1 || neg[k] === 1 || cond[k] === 1;
  const n = ctx.doc.tokens.length;
  let tied = false;
  // Inside the phrase only a word other than "general" itself keeps it open ("general knowledge for anything").
  for (let k = m.from; k < m.to; k++) if (closed(k)) return false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - REACH && sentence[k] === s; k--) {
    if (open[k] || closed(k)) return false;
    if (business[k]) tied = true;
  }
  for (let k = m.to; k < n && k < m.to + REACH && sentence[k] === s; k++) {
    if (open[k] || closed(k)) return false;
    if (business[k]) tied = true;
  }
  return tied;
}
