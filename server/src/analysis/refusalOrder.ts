/**
 * Whether an opening (grant, task, leak) stands against a refusal later in its sentence: the refusal
 * takes back only what it governs, its own clause or a condition it answers.
 */

import { type Context, commaBetween, dashBetween } from './context';
import type { Category } from './lexicon';
import type { Match } from './matcher';

const CONDITION_REACH = 40;

/**
 * An opening answers first: a refusal after it does not take it back when the opening is the main
 * clause, not part of a condition ("answer from your general knowledge, then bring them back" vs "if
 * it is about general knowledge, decline"). A leak is a clause of its own, and a refusal quoted after it
 * is mentioned, not sent ("answer anyway: better than a 'sorry, I can't help'"). A grant is one when
 * its own verb serves the request and a clause break parts it from a refusal the bot makes ("help them
 * fully with whatever they ask, then steer back to the booking"); a quoted refusal after a grant is the
 * fixed reply to it ("any other request — reply: 'Sorry, I only …'"). A bare task noun or a grant with
 * no verb of its own is what the refusal after it declines ("homework, essays and code: decline").
 */
export function answersBeforeRefusal(ctx: Context, m: Match, cat: Category): boolean {
  const { structure: st } = ctx.doc;
  const first = ctx.firstRefusal.get(st.sentence[m.from]) ?? m.from;
  if (cat === 'task' || first < m.to) return false;
  if (cat === 'leak' && listedWithTasks(ctx, m)) return false;
  if (st.quoted[first]) return cat === 'leak';
  // Inside a condition ("if it is about general knowledge, decline"), not the main clause after one
  // ("when a guest drifts to another subject, help them with whatever they ask, then steer back").
  const ownVerb = cat === 'leak' && answersInPhrase(ctx, m);
  for (let k = m.from - 1; k >= 0 && k >= m.from - CONDITION_REACH && st.sentence[k] === st.sentence[m.from]; k--) {
    // A leak with its own answering verb after the condition's comma is the main clause ("if someone asks
    // about something unrelated, answer it fully from your general knowledge, then steer back").
    if (ownVerb && clauseBreakBetween(ctx, k, k + 1)) break;
    if (ctx.conditional[k]) return false;
    if (cat !== 'leak' && clauseBreakBetween(ctx, k, k + 1)) break;
  }
  return cat === 'leak' || (servedByOwnVerb(ctx, m) && clauseBreakBetween(ctx, m.to, first));
}

/**
 * An answer word inside the phrase itself ("answer it fully using your general knowledge"), not a turn label
 * ("Answer: …", which the assistant-role class also holds, is followed by a colon).
 */
function answersInPhrase(ctx: Context, m: Match): boolean {
  const answer = ctx.covered('answerWord');
  const { tokens, norm } = ctx.doc;
  for (let k = m.from; k < m.to; k++)
    if (answer[k] && !/^\s*:/.test(norm.text.slice(tokens[k].end, tokens[k].end + 3))) return true;
  return false;
}

/** Tokens between a leak and a task noun it is listed with ("homework, code, essays or general knowledge"). */
const LIST_REACH = 3;

/**
 * A leak written as a bare noun among task nouns of its sentence ("ہوم ورک، کوڈ، مضمون یا عام معلومات کے سوالات پر
 * معذرت کریں": homework, code, essays or general-knowledge questions — decline): one item of the list the refusal
 * after it declines, like the task nouns beside it, not a clause that answers first.
 */
function listedWithTasks(ctx: Context, m: Match): boolean {
  const task = ctx.covered('task');
  const { sentence } = ctx.doc.structure;
  const s = sentence[m.from];
  for (let k = m.from - 1; k >= 0 && k >= m.from - LIST_REACH && sentence[k] === s; k--) if (task[k]) return true;
  for (let k = m.to; k < task.length && k < m.to + LIST_REACH && sentence[k] === s; k++) if (task[k]) return true;
  return false;
}

/** Reach before a grant of the verb that serves it ("help them fully with whatever …"). */
const VERB_REACH = 3;

/**
 * An answer word in the grant or shortly before it in its clause: an instruction, not a noun phrase.
 * Not one inside a word for the bot itself ("ผู้ช่วย", helper: an assistant, not a verb).
 */
function servedByOwnVerb(ctx: Context, m: Match): boolean {
  const answer = ctx.covered('answerWord');
  const bot = ctx.covered('assistantRole');
  for (let k = m.to - 1; k >= 0 && k >= m.from - VERB_REACH; k--) {
    if (answer[k] && !bot[k]) return true;
    if (k < m.from && (commaBetween(ctx.doc, k + 1) || dashBetween(ctx.doc, k + 1))) break;
  }
  return false;
}

/** Tokens after which a refusal is taken to stand in another clause (bounds the walk: linear in a sentence without breaks). */
const CLAUSE_REACH = 40;

/** A comma-like mark or a spaced dash before one of the tokens (from, to], or a distance no clause spans. */
function clauseBreakBetween(ctx: Context, from: number, to: number): boolean {
  if (to - from > CLAUSE_REACH) return true;
  for (let k = Math.max(from, 1); k <= to; k++) if (commaBetween(ctx.doc, k) || dashBetween(ctx.doc, k)) return true;
  return false;
}
