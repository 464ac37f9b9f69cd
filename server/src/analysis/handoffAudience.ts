/**
 * Human paths that are there for another audience than the bot's users: a transfer "enabled only for employees",
 * "للموظفين فقط: …", "Interní poznámka (pouze pro zaměstnance): … +420 …", "Internal: staff who … contact it@…".
 * The audience is a word class of the lexicons (`audienceWord`: staff, employees, internal, partners, wholesale);
 * a clause is reserved for it when an `onlyWord` restricts to it ("staff only", "solo para empleados"). A heading
 * reserved that way reserves its whole section. Read per sentence: linear in the tokens.
 */

import type { Context } from './context';
import { ownLanguageMask } from './ownMask';
import { sectionEnd } from './segment';

/** Words between "only" and the audience word after it: a preposition and a determiner ("only for our staff"). */
const ONLY_GAP = 2;
/** Words after "only <audience>" before the clause closes: a postposition ("için", "के लिए" is two). */
const POSTPOSITION = 1;
/** What closes "staff only": punctuation, a bracket or the line's end ("(staff only)", "للموظفين فقط (…)"). */
const CLOSES = /^\s*(?:$|[\p{P}\n])/u;

const cache = new WeakMap<Context, Set<number>>();

/** Sentences whose handoff or contact is reserved for staff, partners or another audience than the users. */
export function otherAudienceSentences(ctx: Context): Set<number> {
  let out = cache.get(ctx);
  if (out) return out;
  out = new Set();
  cache.set(ctx, out);
  if (ctx.doc.matches.audienceWord.length === 0) return out;
  const { doc } = ctx;
  const { sentence, tokLine, lines } = doc.structure;
  const audience = ownLanguageMask(ctx, 'audienceWord');
  const only = ownLanguageMask(ctx, 'onlyWord');
  const reservedLines = new Set<number>();
  for (let k = 0; k < audience.length; k++) {
    if (!audience[k] || asCode(ctx, k)) continue;
    if (reserved(ctx, only, audience, k)) {
      out.add(sentence[k]);
      reservedLines.add(tokLine[k]);
    } else if (labelsLine(ctx, k)) {
      for (let j = lines[tokLine[k]].firstTok; j < lines[tokLine[k]].endTok; j++) out.add(sentence[j]);
    }
  }
  // A reserved heading reserves its section: every line up to the next heading of its level or above.
  const sectionLines = new Set<number>();
  for (const l of reservedLines) {
    if (lines[l].kind !== 'heading') continue;
    for (let j = l + 1, end = sectionEnd(lines, l); j < end; j++) sectionLines.add(j);
  }
  if (sectionLines.size > 0)
    for (let k = 0; k < doc.tokens.length; k++) if (sectionLines.has(tokLine[k])) out.add(sentence[k]);
  return out;
}

/**
 * The audience word at k is what "only" restricts to: "only for (our) staff" (one or two words between, so "only
 * staff can approve it" is no restriction of the path), or "staff (members) only" closed by punctuation or the
 * line's end.
 */
function reserved(ctx: Context, only: Uint8Array, audience: Uint8Array, k: number): boolean {
  const { tokens, norm } = ctx.doc;
  const { sentence } = ctx.doc.structure;
  for (let j = k - 1 - ONLY_GAP; j < k - 1; j++) if (j >= 0 && only[j] && sentence[j] === sentence[k]) return true;
  let e = k;
  while (e + 1 < tokens.length && audience[e + 1]) e++;
  // "only" right before the audience closes the clause with at most a postposition or attached preposition after it:
  // "sadece tedarikçiler içindir." (only for suppliers), "רק לספקים." — not "only staff can approve it".
  if (k > 0 && only[k - 1] && sentence[k - 1] === sentence[k] && closesWithin(ctx, e, POSTPOSITION)) return true;
  // One noun may sit between the audience and "only": "staff members only", "ภายในทีมเท่านั้น" (internal team only).
  let o = e + 1;
  if (o + 1 < tokens.length && !only[o] && only[o + 1]) o++;
  if (o >= tokens.length || !only[o] || sentence[o] !== sentence[k]) return false;
  let oe = o;
  while (oe + 1 < tokens.length && only[oe + 1]) oe++;
  const next = oe + 1 < tokens.length ? tokens[oe + 1].start : norm.text.length;
  return CLOSES.test(norm.text.slice(tokens[oe].end, next));
}

/** Most words of a label before its audience word ("Internal note:") and after it ("Suppliers and sales reps:"). */
const LABEL_BEFORE = 2;
const LABEL_AFTER = 4;

/**
 * The audience word at k heads the label of its line: "- Fornecedores e representantes comerciais: compras@…",
 * "Suppliers: …", "Internal note: …". What the line then gives (a contact, a handoff) is theirs. Not when the label
 * is a condition or a request: "if they want to talk to our staff: +91 …" names whom the path reaches.
 */
function labelsLine(ctx: Context, k: number): boolean {
  const { tokens, norm } = ctx.doc;
  const { tokLine, lines } = ctx.doc.structure;
  const line = lines[tokLine[k]];
  if (line.kind === 'heading' || k - line.firstTok > LABEL_BEFORE) return false;
  const ask = ownLanguageMask(ctx, 'askWord');
  const asking = (j: number): boolean => ctx.conditional[j] === 1 || ask[j] === 1;
  for (let j = line.firstTok; j < k; j++) if (asking(j)) return false;
  for (let j = k; j < line.endTok - 1 && j - k <= LABEL_AFTER; j++) {
    if (asking(j)) return false;
    const gap = norm.text.slice(tokens[j].end, tokens[j + 1].start);
    if (/[:：]/.test(gap)) return true;
    if (/[\p{P}]/u.test(gap.replace(/['’-]/g, ''))) return false;
  }
  return false;
}

/** The clause closes (punctuation or the line's end) within `n` tokens after token `e`. */
function closesWithin(ctx: Context, e: number, n: number): boolean {
  const { tokens, norm } = ctx.doc;
  const { sentence } = ctx.doc.structure;
  for (let j = e; j <= e + n && j < tokens.length; j++) {
    const next = j + 1 < tokens.length && sentence[j + 1] === sentence[e] ? tokens[j + 1].start : norm.text.length;
    if (CLOSES.test(norm.text.slice(tokens[j].end, next))) return true;
  }
  return false;
}

/** A word written as code or a keyword (`<<MITARBEITER>>`, `[STAFF]`, `"staff"`): what the bot sends, not an audience. */
function asCode(ctx: Context, k: number): boolean {
  const { tokens, norm } = ctx.doc;
  return /[<[`"'«»“”{]$/.test(norm.text.slice(Math.max(0, tokens[k].start - 1), tokens[k].start));
}
