/**
 * A contact that its own line tells the bot to keep from the users: "ti@… (uso interno da equipe; nunca passar para
 * usuários)", "+994 50 … (yalnız tədarükçülər üçündür, müştərilərə vermə)", "0161 … — do not give this to customers".
 * What is withheld is read from a negation and a word for the bot's users (the lexicons' `userRole`: customer, user,
 * guest, cliente, müştəri, người dùng) in the rest of the contact's line, after it, with no condition before them (a
 * condition makes it a case of use: "call 0800 … if the customer does not get an answer" stays a path). The negation and
 * the users' word are at most NEAR tokens apart; a handoff phrase on the way ends the reading, as
 * does the end of the sentence (a parenthesis, a semicolon or a dash do not end it: a note on a contact is written
 * in one). Linear: at most WITHHELD_REACH tokens per contact.
 */

import type { Context } from './context';
import { tokenAt } from './deadEnds';
import { ownLanguageMask } from './ownMask';
import { usersWord } from './usersWords';

/** Tokens read after a contact, on its line, for the note that withholds it. */
const WITHHELD_REACH = 16;
/** Most tokens between the negation and the users' word: "nunca passar para usuários", "not to be given to customers". */
const NEAR = 4;

/** A sentence end in the gap between two tokens ("… 0800 123. Customers …"). */
const SENTENCE_END = /[.!?。！？](?:\s|$)/;

/** The contact ending at normalised offset `end` is withheld from the users by a note on its own line. */
export function withheldFromUsers(ctx: Context, end: number): boolean {
  const { doc } = ctx;
  const { tokens } = doc;
  const last = tokenAt(doc, end - 1);
  if (last >= tokens.length) return false;
  const { tokLine, lines } = doc.structure;
  const to = Math.min(last + 1 + WITHHELD_REACH, lines[tokLine[last]].endTok);
  // The note ends at the end of its sentence or at another contact; a contrast makes the rest a case of use.
  const ends = (k: number): boolean =>
    SENTENCE_END.test(doc.norm.text.slice(tokens[k - 1].end, tokens[k].start)) ||
    ctx.inContact[k] === 1 ||
    ctx.contrast[k] === 1;
  return (
    withholds(ctx, last + 1, to, ends) ?? (withheldBySameLineLabel(ctx, last) || withheldByLabel(ctx, tokLine[last]))
  );
}

/**
 * A label before the contact on its own line, closed by a colon, holds the note: "เบอร์ติดต่อภายใน (ห้ามให้ลูกบ้าน):
 * หัวหน้าช่าง 081-…", "Internal line (never give to residents): 0161 …".
 */
function withheldBySameLineLabel(ctx: Context, last: number): boolean {
  const { tokens, norm, structure } = ctx.doc;
  // The label is the start of the contact's own line and sentence: an earlier sentence is no label of it.
  let first = structure.lines[structure.tokLine[last]].firstTok;
  while (first < last && structure.sentence[first] !== structure.sentence[last]) first++;
  let colon = -1;
  for (let k = first + 1; k <= last && k - first <= LABEL_REACH; k++)
    if (/[:：]\s/.test(norm.text.slice(tokens[k - 1].end, tokens[k].start + 1))) colon = k;
  // "(never give to residents):" forbids; "questions you cannot answer:" is a case of use, its users' word first.
  return colon > first && withholds(ctx, first, colon, undefined, true) === true;
}

/** Longest label line (tokens) read for its note: "Bot support (admins only, do not give to customers):". */
const LABEL_REACH = 24;

/**
 * The line that introduces the contact's line (the nearest non-blank line above, ending with a colon) holds the
 * note: "Техподдержка бота (только для администраторов, клиентам не давать):" then the address on the next line.
 */
function withheldByLabel(ctx: Context, line: number): boolean {
  const { lines } = ctx.doc.structure;
  let prev = line - 1;
  while (prev >= 0 && lines[prev].kind === 'blank') prev--;
  if (prev < 0 || !lines[prev].colon || lines[prev].endTok - lines[prev].firstTok > LABEL_REACH) return false;
  return withholds(ctx, lines[prev].firstTok, lines[prev].endTok) === true;
}

/**
 * Tokens [from, to) hold a negation and a users' word at most NEAR apart (true), or a condition (a case of use), a
 * handoff phrase (a way to use it) or a token `ends` closes the note at comes first (false); undefined when the
 * tokens run out first.
 */
function withholds(
  ctx: Context,
  from: number,
  to: number,
  ends: (k: number) => boolean = () => false,
  negFirst = false,
): boolean | undefined {
  const { tokens } = ctx.doc;
  const user = ownLanguageMask(ctx, 'userRole');
  const esc = ctx.covered('escalation');
  let neg = -1;
  let who = -1;
  for (let k = from; k < to; k++) {
    if (ends(k) || ctx.conditional[k] || esc[k]) return false;
    if (ctx.negEnd[k] || ctx.negAfterStart[k]) neg = k;
    if (user[k] || usersWord(tokens[k].text, ctx.languages)) who = k;
    if (neg >= 0 && who >= 0 && Math.abs(neg - who) <= NEAR && (!negFirst || neg < who)) return true;
  }
  return undefined;
}
