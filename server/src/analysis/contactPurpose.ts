/**
 * Contacts that are real addresses but no way for a user to reach a person:
 * - the value of a metadata field of the prompt file (`authors:`, `owner: digital-team@…`, `maintainers:` and their
 *   list items): who wrote or owns the prompt, not whom customers write to;
 * - the bot's own line in a channel setting (`display_number`, `numero_waba`);
 * - a number or address that its own clause says a bot or an automatic system answers ("012-388 4471 — mesej ke
 *   nombor tu dibalas oleh sistem tempahan automatik", `bestellijn: "0252…"  # beantwoord door onze spraakbot`).
 * Configuration keys are code, written in English by every platform: the key words here are that code, not prose.
 */

import type { Context } from './context';
import type { Contact } from './contacts';
import { tokenAt } from './deadEnds';
import { ownLanguageMask } from './ownMask';

/** A key of prompt metadata: who wrote, owns or maintains the file. */
const METADATA_KEY =
  /^(?:authors?|owners?|maintainers?|maintained|contributors?|created|creator|reviewers?|reviewed|updated|edited|copyright)$/;
/** A key part of a channel setting that holds the bot's own number (`display_phone_number`, `numero_waba`). */
const OWN_LINE_PART = /^(?:waba|display)$/;
/** `key:` / `"key":` / `key =` at the start of a line (after a list dash). */
const KEY_LINE = /^[ \t]*(?:-[ \t]+)?["']?([\p{L}\d_.-]+)["']?[ \t]*[:=]/u;
/** Lines read upwards for the key a list item belongs to. */
const PARENT_LINES = 12;
/** Tokens read after a contact for the bot that answers it. */
const ANSWERED_REACH = 10;

/** Why a contact offered in the text does not reach a person, if it does not. */
export function contactPurpose(ctx: Context, c: Contact): string | undefined {
  const key = keyOf(ctx.doc.norm.text, c.start);
  if (key) {
    const parts = key.split(/[_.-]+/);
    if (parts.some((p) => METADATA_KEY.test(p))) return 'in the metadata of the prompt file (its authors or owners)';
    if (parts.some((p) => OWN_LINE_PART.test(p))) return "as the bot's own WhatsApp number";
  }
  return answeredByBot(ctx, c) ? 'answered by a bot or an automatic system' : undefined;
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
 */
function answeredByBot(ctx: Context, c: Contact): boolean {
  const { doc } = ctx;
  const { tokens } = doc;
  const { sentence, tokLine } = doc.structure;
  const last = tokenAt(doc, c.end - 1);
  if (last >= tokens.length) return false;
  const bot = ownLanguageMask(ctx, 'botWord');
  for (let k = last + 1; k < tokens.length && k - last <= ANSWERED_REACH; k++) {
    if (sentence[k] !== sentence[last] || tokLine[k] !== tokLine[last]) return false;
    // "… (a person answers, not a bot)": a negation before the bot word is no bot answering.
    if (ctx.contrast[k] || ctx.conditional[k] || ctx.inContact[k] || ctx.negEnd[k] || ctx.negAfterStart[k])
      return false;
    if (bot[k]) return true;
  }
  return false;
}
