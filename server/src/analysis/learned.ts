/**
 * The learned clause classifier (./classifier) as one more signal where the lexicon rules are silent.
 * - In a language without a lexicon every sentence is classified: a confident grant or task offer opens
 *   the bot and a confident handoff counts as a path to a person.
 * - In a language with a lexicon only the sentences where no deciding lexicon phrase stands (no grant,
 *   task, leak, handoff, standing limit or refusal, contact) are classified, and only a grant or
 *   task offer counts: the rules keep the final word wherever they found explicit wording. Framing words
 *   (conditions, off-topic phrases, negation cues) and phrases a negation turned around do not decide.
 * - A clause opens when its grant and task-offer probabilities together reach the bar.
 * Quoted speech, turns of few-shot examples, lines under a "don't" heading and headings themselves (a section's
 * name, "## เมนูแนะนำและราคา", not an instruction) are never classified.
 * The signal names the deciding clause, its class and score (shown in hovers).
 */

import { type ClauseClass, classifyClause } from './classifier';
import type { Context } from './context';
import { tokSpan } from './doc';
import type { Category } from './lexicon';
import type { Signal } from './types';
import type { Opening } from './grants';
import { negatedBefore } from './negation';
import { refusedEnumerations } from './breadth';

/** Score from which a clause counts in a language without a lexicon. */
const MIN_SCORE = 0.8;
/**
 * Score from which a clause the lexicon is silent on counts in a language with a lexicon. 0.7 was
 * calibrated on blind set 5 (docs/classifier.md); the round-4 model reads some dev-corpus refusals and
 * denied enumerations as task offers between 0.7 and 0.8, so 0.8 (same blind 6/5 figures as round 3).
 */
const MIN_SCORE_SILENT = 0.8;
/**
 * Score from which a clause with a negation cue counts ("Il est interdit de répondre à des questions sans rapport
 * avec la banque" reads as a grant at 0.80): the classifier must be surer to read a double negation as an
 * opening than to read a clause without any negation. Calibrated on the bank's held-out split (`npm run train`
 * prints the table, training/calibrate.ts): held-out clauses with a negation word open at precision 0.85 from
 * 0.85 and 1.00 from 0.9; clauses without, 0.94 from 0.8 (docs/classifier.md).
 */
const MIN_SCORE_NEGATED = 0.9;
/** A clause of one or two words is a label or a key ("out_of_scope:"), not an instruction. */
const MIN_TOKENS = 3;
/** Sentences classified at most (each costs time linear in its length). */
const MAX_SENTENCES = 400;
/**
 * Categories whose match in a sentence means the lexicon has spoken there. Framing words (an off-topic
 * phrase, a condition, a negation cue or a qualifier such as "about"/"في" on its own) decide nothing: whether
 * "if they ask about something unrelated, answer it fully first" or "never turn a question down" opens the
 * bot is the clause's reading, which the classifier gives where no deciding phrase stands. Nor does a limit
 * or a refusal that a negation turns around ("не ограничивайся нашими товарами", "決してお断りしないで"), or
 * a bare task noun outside a broad enumeration: see `decisiveTokens`.
 */
const LEXICON_SPOKE: readonly Category[] = ['grant', 'task', 'leak', 'escalation', 'noEscalation'];

/** Clauses whose class is kept: an edit of a prompt re-classifies only the sentences it changed. */
const MAX_CLAUSES = 2_000;
const classes = new Map<string, ClauseClass>();

function classOf(text: string): ClauseClass {
  let c = classes.get(text);
  if (c) return c;
  c = classifyClause(text);
  if (classes.size >= MAX_CLAUSES) classes.delete(classes.keys().next().value!);
  // Its own copy as the key: a clause is a slice of the prompt, and V8 would keep that whole version of it alive.
  classes.set((' ' + text).slice(1), c);
  return c;
}

/**
 * Tokens where the lexicon decided: its deciding phrases, and the limits and refusals that stand (a refusal
 * or a limit under a negation, "don't refuse", "no te limites a", is a double negation the rules leave open).
 */
function decisiveTokens(ctx: Context, opening: Standing): Uint8Array {
  const { doc } = ctx;
  const out = new Uint8Array(doc.tokens.length);
  // A bare task noun (a domain word: "recipes") decides as part of a broad enumeration that stands, or of
  // one a limit refuses as a whole; alone, it decides nothing.
  const denials = new Set<number>();
  const decided = new Set([...opening.grants, ...refusedEnumerations(ctx, doc.matches.task, denials)]);
  for (const c of LEXICON_SPOKE)
    for (const m of doc.matches[c]) if (!m.pattern.domain || decided.has(m)) out.fill(1, m.from, m.to);
  // A sentence that denies an enumeration as a whole ("None of them is something you answer") is a refusal.
  const { sentence } = doc.structure;
  if (denials.size) for (let k = 0; k < out.length; k++) if (denials.has(sentence[k])) out[k] = 1;
  for (const m of doc.matches.refusal) if (!ctx.negatedRefusals.has(m)) out.fill(1, m.from, m.to);
  // A reply bounded to one line ("reply in one short friendly sentence, then back to the order") is small talk
  // answered in passing (oneLine.ts), not an opening the classifier should read into its condition.
  for (const m of doc.matches.oneLine) out.fill(1, m.from, m.to);
  for (const m of doc.matches.scope) if (!negatedBefore(ctx, m.from, LIMIT_NEG_WINDOW)) out.fill(1, m.from, m.to);
  // A contact routes its clause elsewhere ("for anything else, DM us on Instagram"): that is the rules' reading.
  for (let k = 0; k < out.length; k++) if (ctx.inContact[k]) out[k] = 1;
  return out;
}

/** As scope.ts reads a limit's negation. */
const LIMIT_NEG_WINDOW = 3;

/**
 * Whether the sentence [a, b) is someone else's words, a turn of a few-shot example (the user's, or the
 * bot's reply to a customer: neither is an instruction, and the bank has only instructions), a listed
 * prohibition or a heading rather than an instruction.
 */
function notOwnInstruction(ctx: Context, a: number, b: number): boolean {
  const st = ctx.doc.structure;
  const line = st.tokLine[a];
  const kind = st.lines[line].kind;
  if (ctx.role[line] !== undefined || ctx.negativeLine[line] || kind === 'quote' || kind === 'heading') return true;
  for (let k = a; k < b; k++) if (st.quoted[k]) return true;
  return introducesQuotes(ctx, b - 1) || onlyMarkup(ctx, a, b);
}

/**
 * The sentence ends on a colon and the next line is quoted speech (a block quote or a line that opens on a quotation
 * mark): it introduces someone else's words ("Some people try to make you break the rules, for example:"), a frame
 * of the quotes, which are not classified either.
 */
function introducesQuotes(ctx: Context, last: number): boolean {
  const { tokens, norm, structure: st } = ctx.doc;
  const next = last + 1 < tokens.length ? tokens[last + 1].start : norm.text.length;
  if (!/^[^\n\p{L}\p{N}]*[:：]\s*\n/u.test(norm.text.slice(tokens[last].end, next + 1))) return false;
  const line = st.tokLine[last] + 1;
  if (line >= st.lines.length) return false;
  const ln = st.lines[line];
  return ln.kind === 'quote' || (ln.endTok > ln.firstTok && st.quoted[ln.firstTok] === 1);
}

/** Tags and template slots are most of the sentence ("<extraits> {{passages}} </extraits>"): no instruction. */
const MARKUP = /<\/?[\p{L}_][\p{L}\p{N}_.-]*[^<>\n]*>|\{\{[^{}\n]*\}\}|\{[\p{L}_][\p{L}\p{N}_.]*\}/gu;

function onlyMarkup(ctx: Context, a: number, b: number): boolean {
  const { tokens, norm } = ctx.doc;
  const text = norm.text.slice(Math.max(0, tokens[a].start - 2), tokens[b - 1].end + 2);
  const rest = text.replace(MARKUP, ' ');
  if (rest.length === text.length) return false;
  // (Words; Han and kana one character each, as the tokenizer counts them.)
  return (
    (rest.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []).length < MIN_TOKENS
  );
}

/** `unsupported`: the prompt's language has no lexicon (confidence.ts). */
/** The openings grants.ts left standing. */
export type Standing = Pick<Opening, 'grants'>;

export function learnedSignals(ctx: Context, unsupported: boolean, opening: Standing = { grants: [] }): Signal[] {
  const { doc } = ctx;
  const out: Signal[] = [];
  const { sentence } = doc.structure;
  const spoke = unsupported ? undefined : decisiveTokens(ctx, opening);
  const negated = ctx.covered('negation');
  const negatedAfter = ctx.covered('negationAfter');
  let start = 0;
  let count = 0;
  for (let k = 1; k <= sentence.length && count < MAX_SENTENCES; k++) {
    if (k < sentence.length && sentence[k] === sentence[start]) continue;
    const a = start;
    start = k;
    if (spoke && spoke.subarray(a, k).includes(1)) continue;
    if (k - a < MIN_TOKENS || notOwnInstruction(ctx, a, k)) continue;
    const span = tokSpan(doc, a, k);
    const text = doc.text.slice(span.start, span.end);
    const c = classOf(text);
    count++;
    // An opening clause is a grant or a task offer: the two classes share its probability ("help them with
    // homework, recipes, anything" sits between them, and neither alone reaches the bar).
    const opens = c.label === 'grant' || c.label === 'task-offer';
    const score = opens ? c.scores.grant + c.scores['task-offer'] : c.score;
    const kind = opens ? 'grant' : c.label === 'handoff' && unsupported ? 'escalation' : undefined;
    const bar = unsupported
      ? MIN_SCORE
      : negated.subarray(a, k).includes(1) || negatedAfter.subarray(a, k).includes(1)
        ? MIN_SCORE_NEGATED
        : MIN_SCORE_SILENT;
    if (kind && score >= bar)
      out.push({
        kind,
        span,
        text,
        lang: 'und',
        note: `classifier: ${c.label} (${score.toFixed(2)})`,
        score,
      });
  }
  return out;
}
