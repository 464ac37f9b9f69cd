/**
 * Whether a handoff phrase offers a path or says there is none. Beyond the negation window of
 * negation.ts: a negation anywhere in the phrase's clause ("doorverbinden met een medewerker kan via dit
 * kanaal (nog) niet", "nie ma możliwości rozmowy z pracownikiem"), with contrast words counted only
 * in the prompt's own languages ("ma" is "but" in Italian, "has" in Polish).
 */

import type { Context } from './context';

const BEFORE = 12;
const AFTER = 10;
/** Clause breaks for this test: commas and semicolons, not parentheses ("kan (nog) niet"). */
const BREAK = /[,，،;；]/;

/** Per token: 1 for a contrast word of one of the prompt's own languages ("ma" is "but" only in Italian). */
export function nativeContrast(ctx: Context): Uint8Array {
  const out = new Uint8Array(ctx.doc.tokens.length);
  for (const m of ctx.doc.matches.contrast)
    if (ctx.languages.length === 0 || ctx.languages.includes(m.pattern.lang))
      for (let k = m.from; k < m.to; k++) out[k] = 1;
  return out;
}

/** Per token where a negation cue ends or a postposed one starts: the languages of those cues. */
export function negationLanguages(ctx: Context): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (k: number, lang: string) => out.set(k, [...(out.get(k) ?? []), lang]);
  for (const m of ctx.doc.matches.negation) add(m.to - 1, m.pattern.lang);
  for (const m of ctx.doc.matches.negationAfter) add(m.from, m.pattern.lang);
  return out;
}

function breakBetween(ctx: Context, k: number): boolean {
  const { tokens, norm } = ctx.doc;
  return BREAK.test(norm.text.slice(tokens[k - 1].end, tokens[k].start));
}

/**
 * A negation in the clause of tokens [from, to): before it (not inside an "if …" part that precedes it,
 * not before a contrast word) or after it (not past a condition: "transfer when you do not know"). With
 * `lang` (the phrase's language) and `negLangs`, only a cue of that language or of one of the prompt's own
 * languages counts: Italian "mai" (never) is "more" in Romanian ("în cel mai scurt timp"). Before the phrase, the
 * clause is read back to `clauseStart` at most (clauseHead.ts: "do not argue and transfer").
 */
export function negatedInClause(
  ctx: Context,
  contrast: Uint8Array,
  from: number,
  to: number,
  lang?: string,
  negLangs?: Map<number, string[]>,
  clauseStart = 0,
): boolean {
  const { sentence } = ctx.doc.structure;
  const s = sentence[from];
  const ours = (k: number): boolean =>
    !lang || !negLangs || (negLangs.get(k) ?? [lang]).some((l) => l === lang || ctx.languages.includes(l));
  // A verb-final phrase whose own verb is negated by its suffix: "temsilciye aktaramazsın" (you cannot transfer).
  if (to - 1 > from && ctx.negEnd[to - 1] && ours(to - 1)) return true;
  for (let k = from - 1; k >= clauseStart && k >= from - BEFORE && sentence[k] === s; k--) {
    if (breakBetween(ctx, k + 1) || contrast[k] || ctx.conditional[k]) break;
    if (ctx.negEnd[k] && ours(k)) {
      for (let j = k - 1; j >= 0 && j >= k - BEFORE && sentence[j] === s && !breakBetween(ctx, j + 1); j--)
        if (ctx.conditional[j]) return false;
      return true;
    }
  }
  for (let k = to; k < sentence.length && k < to + AFTER && sentence[k] === s; k++) {
    if (breakBetween(ctx, k) || contrast[k] || ctx.conditional[k]) break;
    // A parenthesis after the phrase is an aside about something else: "[[HANDOFF]] (no other words)". Its words are
    // skipped, not the clause after it ("kan (nog) niet").
    const close = parenthesisEnd(ctx, k, Math.min(sentence.length, to + AFTER));
    if (close > k) {
      k = close - 1;
      continue;
    }
    if ((ctx.negEnd[k] || ctx.negAfterStart[k]) && ours(k)) return true;
  }
  return false;
}

const OPEN = /[(（]/;
const CLOSE = /[)）]/;

/** When a parenthesis opens right before token `k`: the first token after it closes (before `limit`); else -1. */
function parenthesisEnd(ctx: Context, k: number, limit: number): number {
  const { tokens, norm } = ctx.doc;
  if (!OPEN.test(norm.text.slice(tokens[k - 1].end, tokens[k].start))) return -1;
  for (let j = k; j + 1 < limit; j++) if (CLOSE.test(norm.text.slice(tokens[j].end, tokens[j + 1].start))) return j + 1;
  return -1;
}

/** Words of a phrase read for a postposed negation inside it, after its first. */
const INSIDE = 4;

/**
 * A postposed negation inside the phrase, right after its verb, where the verb comes first and the negation
 * after it: "ne transfère *pas* la conversation à un conseiller", "leite den Kunden *nicht* an einen Mitarbeiter
 * weiter". Only postposed cues (`negationAfter`) count ("connect them *without* delay" is no negation of the verb), and
 * a condition or contrast word ends the reading ("transfer to a person if they are not happy").
 */
export function negatedInside(
  ctx: Context,
  from: number,
  to: number,
  negLangs: Map<number, string[]>,
  lang?: string,
): boolean {
  for (let k = from + 1; k < to && k <= from + INSIDE; k++) {
    if (ctx.conditional[k] || ctx.contrast[k]) return false;
    // A cue of the phrase's or the prompt's own language: "na" negates in Hindi, not in Czech or Swahili.
    if (ctx.negAfterStart[k] && (negLangs.get(k) ?? []).some((l) => l === lang || ctx.languages.includes(l)))
      return true;
  }
  return false;
}
