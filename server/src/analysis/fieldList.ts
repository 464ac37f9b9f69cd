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

/**
 * A snake_case identifier alone on a list item, or before a parenthesised note (`- invoice_date (YYYY-MM-DD)`):
 * in a prompt that names JSON, such items are the keys of the object to return (`- supplier_name`,
 * `- grand_total (₹)`) whatever language the instructions are written in (`jsonKeyList`).
 */
const SNAKE_ALONE = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[a-z][a-z0-9]{0,30}_[a-z0-9_]{1,30}[ \t]*(?:\(|$)/gm;
const NAMES_JSON = /\bjson\b/i;

/** How many snake_case keys stand alone on list items of one text (a section). */
export function snakeKeyItems(text: string): number {
  return text.match(SNAKE_ALONE)?.length ?? 0;
}

/** How many field or label items one text (a section) holds. */
export function fieldItems(text: string): number {
  return (text.match(QUOTED_HEAD)?.length ?? 0) + (text.match(BARE_HEAD)?.length ?? 0);
}

/** Three or more such items over the prompt's sections. */
export const FIELD_LIST_MIN = 3;

/**
 * A prompt that names JSON and lists three or more snake_case keys alone on their items (`snakeKeys`: the count
 * over its sections): it declares the object the model returns, an output format as much as `Output: JSON` is,
 * and a list of fields for a program (purpose.ts).
 */
export function jsonKeyList(text: string, snakeKeys: number): boolean {
  return snakeKeys >= FIELD_LIST_MIN && NAMES_JSON.test(text);
}
