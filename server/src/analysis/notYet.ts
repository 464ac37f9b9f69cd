/**
 * A handoff or contact given a status that says it does not work yet: "Atendimento humano: em breve!",
 * "| Chat con agente humano | Próximamente |", "| Teléfono 900 123 456 | Aún no disponible |", "Live chat —
 * coming soon". The status is a short value after a label separator (colon, dash, table cell, parenthesis) that
 * holds a "soon" word (`soonWord`) or a negation, and ends its cell, line or sentence. An adverb inside a
 * sentence ("un agente te contactará próximamente") is no status: it follows no separator.
 */

import type { Context } from './context';
import { ownLanguageMask } from './ownMask';

/** Between a label and its value: a colon, a dash, a table cell border or an opening parenthesis. */
const LABEL_SEPARATOR = /^[\s*_\p{So}\uFE0F]*[:|—–(-][\s*_\p{So}\uFE0F]*$/u;
/** What ends a value: a cell border, a closing parenthesis, a full stop or an exclamation, a line break. */
const VALUE_END = /[|).!\n]/;
/** Longest status value, in words ("not available yet on this channel"). */
const MAX_VALUE = 6;
/**
 * Longest value whose negation makes it a status ("Aún no disponible", "not yet available"); a longer one says when
 * the path is closed ("not available on weekends"), not that it does not exist.
 */
const MAX_NEGATED_VALUE = 3;

/** The phrase or contact whose last token is `last` has a "not yet" / "not available" status value after it. */
export function notYetStatus(ctx: Context, phraseLast: number): boolean {
  const { doc } = ctx;
  const { tokens, norm } = doc;
  const { tokLine } = doc.structure;
  const last = cellLast(ctx, phraseLast);
  const first = last + 1;
  if (first >= tokens.length || tokLine[first] !== tokLine[last]) return false;
  if (!LABEL_SEPARATOR.test(norm.text.slice(tokens[last].end, tokens[first].start))) return false;
  const soon = soonMask(ctx);
  let soonSeen = false;
  let negSeen = false;
  for (let k = first; k < tokens.length && k - first < MAX_VALUE && tokLine[k] === tokLine[first]; k++) {
    if (soon[k]) soonSeen = true;
    if (ctx.negEnd[k] || ctx.negAfterStart[k]) negSeen = true;
    const next = k + 1 < tokens.length ? tokens[k + 1].start : norm.text.length;
    if (k + 1 >= tokens.length || tokLine[k + 1] !== tokLine[k] || VALUE_END.test(norm.text.slice(tokens[k].end, next)))
      return soonSeen || (negSeen && k - first < MAX_NEGATED_VALUE);
  }
  return false;
}

const soonMasks = new WeakMap<Context, Uint8Array>();

/**
 * Status words of the prompt's own languages, and status phrases of two words or more in any language: a status
 * cell or value is often written in English inside a prompt in another language ("| WhatsApp 真人客服 | coming soon
 * |"), and a phrase of several words has no false friend in another language the way a one-word cue may.
 */
function soonMask(ctx: Context): Uint8Array {
  let mask = soonMasks.get(ctx);
  if (mask) return mask;
  mask = Uint8Array.from(ownLanguageMask(ctx, 'soonWord'));
  for (const m of ctx.doc.matches.soonWord) if (m.to - m.from >= 2) mask.fill(1, m.from, m.to);
  soonMasks.set(ctx, mask);
  return mask;
}

/** Longest rest of a table cell after a phrase ("Conseiller humain *sur WhatsApp* | bientôt disponible"). */
const MAX_CELL_REST = 4;

/** In a table row, the last token of the cell that holds token `last`; else `last`. */
function cellLast(ctx: Context, last: number): number {
  const { tokens, norm } = ctx.doc;
  const { tokLine } = ctx.doc.structure;
  const gap = (k: number): string =>
    norm.text.slice(tokens[k].end, k + 1 < tokens.length ? tokens[k + 1].start : norm.text.length);
  for (let k = last; k < tokens.length && k - last <= MAX_CELL_REST && tokLine[k] === tokLine[last]; k++)
    if (gap(k).includes('|')) return k;
  return last;
}

/** How far (tokens) a contact's clause is read for a negation of it ("… ainda não está disponível"). */
const CONTACT_CLAUSE = 8;
/** What ends a contact's clause for this test: punctuation, parentheses ("(not free from mobiles)") and dashes. */
const CONTACT_BREAK = /[,;:()（）\-–—|，；]/;

/**
 * A contact that its own clause then says does not work: "O e-mail suporte@… ainda não está disponível", "the
 * number 0800 … is not active yet". The clause ends at punctuation, an "and" word, a contrast word or a condition
 * ("write to … if you do not get an answer" stays a path).
 */
export function negatedAfterContact(ctx: Context, last: number): boolean {
  const { doc } = ctx;
  const { tokens, norm } = doc;
  const { sentence } = doc.structure;
  const and = ownLanguageMask(ctx, 'andWord');
  for (let k = last + 1; k < tokens.length && k - last <= CONTACT_CLAUSE && sentence[k] === sentence[last]; k++) {
    if (CONTACT_BREAK.test(norm.text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (and[k] || ctx.contrast[k] || ctx.conditional[k]) return false;
    if (ctx.negEnd[k] || ctx.negAfterStart[k]) return true;
  }
  return false;
}

/** Words read before a quotation for the clause that introduces it. */
const INTRO = 8;
/** What ends the introducing clause, read backwards: a full stop, a semicolon, a question or exclamation mark. */
const INTRO_BREAK = /[.;!?。；！？]/;

/**
 * A contact inside a quotation that a negated clause introduces: a counter-example, not a path ("Bad example
 * (never write this): "Call our team on 0161 …"", "Exemple de réponse interdite : « Appelez le 03 … »"). A quote
 * the bot is told to say ("Reply: "Call us on 0800 …"") stays a path.
 */
export function quotedCounterExample(ctx: Context, a: number): boolean {
  const { doc } = ctx;
  const { tokens, norm } = doc;
  const { quoted, tokLine } = doc.structure;
  if (!quoted[a]) return false;
  let q = a;
  while (q > 0 && quoted[q - 1] && tokLine[q - 1] === tokLine[a]) q--;
  for (let k = q - 1; k >= 0 && q - k <= INTRO && tokLine[k] === tokLine[a] && !quoted[k]; k--) {
    if (INTRO_BREAK.test(norm.text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (ctx.negEnd[k] || ctx.negAfterStart[k]) return true;
  }
  return false;
}
