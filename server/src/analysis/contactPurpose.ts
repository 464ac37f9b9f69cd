/**
 * Contacts that are real addresses but no way for a user to reach a person:
 * - the value of a metadata field of the prompt file (`authors:`, `owner: digital-team@…`, `maintainers:` and their
 *   list items): who wrote or owns the prompt, not whom customers write to;
 * - the bot's own line in a channel setting (`display_number`, `numero_waba`);
 * - a number or address that a note on its own line keeps from the users ("(uso interno; nunca passar aos clientes)",
 *   `withheldContact.ts`);
 * - a number or address that its own clause says a bot or an automatic system answers ("012-388 4471 — mesej ke
 *   nombor tu dibalas oleh sistem tempahan automatik", `bestellijn: "0252…"  # beantwoord door onze spraakbot`).
 * Configuration keys are code, written in English by every platform: the key words here are that code, not prose.
 */

import { labelWords } from './artefactCues';
import type { Context } from './context';
import type { Contact } from './contacts';
import { tokenAt } from './deadEnds';
import { ownLanguageMask } from './ownMask';
import type { Signal } from './types';
import { withheldFromUsers } from './withheldContact';

/**
 * A key of prompt metadata: who wrote, owns or maintains the file. Besides the English keys of configuration formats,
 * the label "author" as writers put it in a header comment in their own language ("Autor: Marta Nowak <…>", "作者：…"),
 * from the lexicons' `labels.author`.
 */
let metadataKey: RegExp | undefined;
const METADATA_KEY = () =>
  (metadataKey ??= new RegExp(
    `^(?:authors?|owners?|maintainers?|maintained|contributors?|created|creator|reviewers?|reviewed|updated|edited|copyright|${labelWords('author')})$`,
    'u',
  ));
/** A key part of a channel setting that holds the bot's own number (`display_phone_number`, `numero_waba`). */
const OWN_LINE_PART = /^(?:waba|display)$/;
/** `key:` / `"key":` / `key =` at the start of a line (after a list dash, or a comment opener: `<!-- Autor:`, `# 作者：`). */
const KEY_LINE =
  /^[ \t]*(?:(?:-|<!--|#+|\/\/|\*)[ \t]+|(?:<!--|#+|\/\/)(?=\p{L}))?["']?([\p{L}\d_.-]+)["']?[ \t]*[:=：]/u;
/** Lines read upwards for the key a list item belongs to. */
const PARENT_LINES = 12;
/** Tokens read after a contact for the bot that answers it. */
const ANSWERED_REACH = 10;

/** Why a contact offered in the text does not reach a person, if it does not. */
export function contactPurpose(ctx: Context, c: Contact): string | undefined {
  const key = keyOf(ctx.doc.norm.text, c.start);
  if (key) {
    const parts = key.split(/[_.-]+/);
    if (parts.some((p) => METADATA_KEY().test(p))) return 'in the metadata of the prompt file (its authors or owners)';
    if (parts.some((p) => OWN_LINE_PART.test(p))) return "as the bot's own WhatsApp number";
  }
  if (withheldFromUsers(ctx, c.end)) return 'that a note on its line keeps from the users';
  const who = answeredBy(ctx, c);
  if (who === 'bot') return 'answered by a bot or an automatic system';
  if (who === 'nobody') return 'said in the next sentence to be read or answered by nobody';
  if (c.kind === 'phone' && machineNumbers(ctx).has(digitsOf(c.value)))
    return 'answered by an automatic system, as the file says where the number appears again';
  return undefined;
}

const machines = new WeakMap<Context, Set<string>>();
const digitsOf = (value: string): string => value.replace(/\D+/g, '');
/** Shortest digit string taken for the same number at two places (shorter ones are extensions, short codes). */
const MIN_DIGITS = 6;

/**
 * Phone numbers that one of their occurrences says a bot or an automatic system answers: a team note, a front
 * matter description or a comment ("NB: 800 190 277 is only the automated IVR, no operators") speaks for every
 * place the same number is offered ("if they want a person, give them 800 190 277").
 */
function machineNumbers(ctx: Context): Set<string> {
  let out = machines.get(ctx);
  if (out) return out;
  out = new Set();
  for (const c of ctx.contacts) {
    if (c.kind !== 'phone') continue;
    const digits = digitsOf(c.value);
    if (digits.length >= MIN_DIGITS && !out.has(digits) && answeredBy(ctx, c) === 'bot') out.add(digits);
  }
  machines.set(ctx, out);
  return out;
}

/** The key of the line holding `at`, or of the key line above a list item (`authors:` then `  - a@b.c`). */
function keyOf(t: string, at: number): string | undefined {
  let start = t.lastIndexOf('\n', at - 1) + 1;
  const own = KEY_LINE.exec(t.slice(start, at));
  if (own) return own[1];
  const line = t.slice(start, at);
  const item = /^([ \t]*)-[ \t]/.exec(line);
  if (!item) return undefined;
  const indent = item[1].length;
  for (let n = 0; n < PARENT_LINES && start > 0; n++) {
    const prevStart = t.lastIndexOf('\n', start - 2) + 1;
    const prev = t.slice(prevStart, start - 1);
    start = prevStart;
    if (prev.trim() === '') continue;
    const ind = /^[ \t]*/.exec(prev)?.[0].length ?? 0;
    if (ind < indent || (ind === indent && !prev.trimStart().startsWith('-'))) {
      const m = /^[ \t]*["']?([\p{L}\d_.-]+)["']?[ \t]*:[ \t]*$/u.exec(prev);
      return m ? m[1] : undefined;
    }
  }
  return undefined;
}

/**
 * A bot word of the prompt's languages in the contact's own clause after it, on its line and in its sentence: what
 * answers that number. A contrast or a condition ends the clause ("call 0800 …; if it is busy, our bot …").
 * When the clause runs to the end of its sentence, the next sentence of the same paragraph is read too if it speaks
 * of the contact (`aboutContact`): "… give them 0800 123 456. Note: this line is an automated voice system."
 */
function answeredBy(ctx: Context, c: Contact): 'bot' | 'nobody' | undefined {
  const { doc } = ctx;
  const { tokens } = doc;
  const { sentence, tokLine } = doc.structure;
  const last = tokenAt(doc, c.end - 1);
  if (last >= tokens.length) return undefined;
  const bot = ownLanguageMask(ctx, 'botWord');
  for (let k = last + 1; k < tokens.length && k - last <= ANSWERED_REACH; k++) {
    if (sentence[k] !== sentence[last]) return nextSentenceAnswers(ctx, last, k, bot);
    if (tokLine[k] !== tokLine[last]) return undefined;
    // "… (a person answers, not a bot)": a negation before the bot word is no bot answering.
    if (stops(ctx, k)) return undefined;
    if (bot[k]) return 'bot';
  }
  return undefined;
}

function stops(ctx: Context, k: number): boolean {
  return ctx.contrast[k] === 1 || ctx.conditional[k] === 1 || ctx.negEnd[k] === 1 || ctx.negAfterStart[k] > 0;
}

/** Tokens of the next sentence read (what answers the contact is said near its start; the reading stays linear). */
const NEXT_SENTENCE = 30;
/** Tokens at the start of the next sentence read for a word that names the contact ("this line", "the number"). */
const SUBJECT_REACH = 6;

/**
 * The sentence that starts at `k`, right after the one holding the contact that ends at `last`, says a bot or an
 * automatic system answers it: it is in the same paragraph (the same line, or the next text line), it names no
 * contact and no handoff of its own, a contact word (line, number, hotline, tổng đài, linia) or a demonstrative
 * (`thisWord`: this, that, đây, یہ) opens it as its subject,
 * and a bot word follows in the sentence with no negation, contrast or condition before it ('bot'), or a statement
 * that nobody reads or answers it ('nobody': "That e-mail address is not read by our staff").
 */
function nextSentenceAnswers(
  ctx: Context,
  last: number,
  k: number,
  bot: Uint8Array,
  ofTool = false,
): 'bot' | 'nobody' | undefined {
  const { doc } = ctx;
  const { sentence, tokLine, lines } = doc.structure;
  const l0 = tokLine[last];
  const l1 = tokLine[k];
  if (l1 !== l0 && !(l1 === l0 + 1 && lines[l1].kind === 'text' && lines[l0].kind === 'text')) return undefined;
  const cue = ctx.covered('contactCue');
  const self = ownLanguageMask(ctx, 'thisWord');
  const esc = ctx.covered('escalation');
  const none = ownLanguageMask(ctx, 'noEscalation');
  const s = sentence[k];
  let subject = false;
  let answered: 'bot' | 'nobody' | undefined;
  const named = ofTool ? targetNames(ctx, last) : undefined;
  for (let j = k; j < doc.tokens.length && j - k < NEXT_SENTENCE && sentence[j] === s; j++) {
    // A tool's next sentence may say what it does ("It transfers the chat to …"); a contact's names no handoff.
    if (ctx.inContact[j] || (esc[j] && !ofTool)) return undefined;
    if (answered) continue;
    if (!subject) {
      if (j - k >= SUBJECT_REACH) return undefined;
      subject = cue[j] === 1 || self[j] === 1 || (!!named && namesTarget(ctx, j, named));
      continue;
    }
    if (none[j]) answered = 'nobody';
    else if (stops(ctx, j)) return undefined;
    else if (bot[j]) answered = 'bot';
  }
  return answered;
}

/** Shortest name part that identifies a tool's target ("nivel2" of `derivar_nivel2`). */
const MIN_NAME = 3;
/** Tokens read back from the tool for names its sentence gives the target. */
const NAME_REACH = 24;

/**
 * Names the sentence of a handoff tool ending at `last` gives its target: the parts of the tool's identifier
 * (`derivar_nivel2` → nivel2) and the quoted words ("transfer them to "Soal Pro" with escalate_pro").
 */
function targetNames(ctx: Context, last: number): Set<string> {
  const { tokens, structure } = ctx.doc;
  const out = new Set<string>();
  for (const part of tokens[last].text.split(/[_\-.]+/)) if (part.length >= MIN_NAME) out.add(part);
  for (let k = last - 1; k >= 0 && last - k <= NAME_REACH && structure.sentence[k] === structure.sentence[last]; k--)
    if (structure.quoted[k] && tokens[k].text.length >= MIN_NAME) out.add(tokens[k].text);
  return out;
}

/** Token j, or j and the next token written together ("Nivel 2" for nivel2), is one of the target's names. */
function namesTarget(ctx: Context, j: number, named: Set<string>): boolean {
  const { tokens } = ctx.doc;
  const w = tokens[j].text;
  return (w.length >= MIN_NAME && named.has(w)) || (j + 1 < tokens.length && named.has(w + tokens[j + 1].text));
}

/** Tokens after a handoff tool to the end of its sentence, for the sentence after it to speak of the tool. */
const NEXT_REACH = 4;

/**
 * The sentence right after the one that a handoff tool ending at token `last` ends (within NEXT_REACH tokens) says a
 * bot answers: "Run `escalate_to_supervisor`. It hands the chat to our supervisor AI." (`nextSentenceAnswers`).
 */
export function nextSentenceSaysBot(ctx: Context, last: number): boolean {
  const { sentence } = ctx.doc.structure;
  if (last + 1 >= ctx.doc.tokens.length) return false;
  let k = last + 1;
  while (k < ctx.doc.tokens.length && k - last <= NEXT_REACH && sentence[k] === sentence[last]) k++;
  if (k >= ctx.doc.tokens.length || sentence[k] === sentence[last]) return false;
  return nextSentenceAnswers(ctx, k - 1, k, ownLanguageMask(ctx, 'botWord'), true) === 'bot';
}

const TOOL_NOTE = /^handoff tool or token/;

/**
 * The handoffs still a path that `told` (`toldBot`) says are tools handing over to a bot are none: "Run
 * `escalate_to_supervisor`. It passes the chat to our AI supervisor."
 */
export function toolsToldBot(signals: Signal[], told: (s: Signal) => boolean): Signal[] {
  return signals.map((s) =>
    told(s)
      ? {
          ...s,
          kind: 'no-escalation',
          note: `${s.note ?? 'handoff'}, which the next sentence says hands the chat to a bot`,
        }
      : s,
  );
}

/**
 * Whether a handoff is a tool at `starts` (original offsets of the tools `nextSentenceSaysBot` read) or that same
 * tool named elsewhere (in a tools list above the sentence that describes it, too).
 */
export function toldBot(signals: readonly Signal[], starts: ReadonlySet<number>): (s: Signal) => boolean {
  if (starts.size === 0) return () => false;
  const names = new Set(
    signals.filter((s) => s.kind === 'escalation' && starts.has(s.span.start)).map((s) => s.text.toLowerCase()),
  );
  return (s) =>
    s.kind === 'escalation' &&
    (starts.has(s.span.start) || (TOOL_NOTE.test(s.note ?? '') && names.has(s.text.toLowerCase())));
}
