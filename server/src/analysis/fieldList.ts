/**
 * A list of the fields or labels a program reads back: list items headed by a quoted identifier
 * (`- "ticket_id": …`, `- "fraud_report" — …`) or, in a prompt written in another script, by a bare ASCII
 * identifier (`- order: پیگیری سفارش`). Whatever the language, such heads are keys of a JSON object or the
 * closed set of labels a classifier answers with: names for code, not words for a customer. Backticked heads are
 * not counted (a bot's tool list is written `` - `lookup_order`: … ``).
 */

/** One list item with a quoted identifier as its head, then a colon, a dash or an arrow (or nothing). */
const QUOTED_HEAD = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+"[a-z][a-z0-9_]{1,30}"[ \t]*(?:[:：—–=→-]|$)/gmu;
/** A bare lower-case identifier as the head, when the text after it starts in a script other than Latin. */
const BARE_HEAD =
  /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[a-z][a-z0-9_]{1,30}[ \t]*[:：—–-][ \t]*(?!\p{Script=Latin})\p{L}/gmu;

/** How many field or label items one text (a section) holds. */
export function fieldItems(text: string): number {
  return (text.match(QUOTED_HEAD)?.length ?? 0) + (text.match(BARE_HEAD)?.length ?? 0);
}

/** Three or more such items over the prompt's sections. */
export const FIELD_LIST_MIN = 3;
