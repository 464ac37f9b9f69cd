/**
 * What a prompt file declares around its instructions (`PromptIO`): the output format it asks for, and whether its
 * user turn holds only template slots. The analysis reads it to tell a pipeline
 * step (a translator, a classifier, a draft writer) from a bot that answers customers (analysis/purpose.ts).
 */
import type { PromptIO } from '../../model/types';

/** `{{name}}`, `{{ name | upper }}`, `{{{name}}}`, `{name}`: one template slot. */
const SLOT = String.raw`(?:\{\{\{?\s*[\p{L}\p{N}_.$-]{1,60}\s*(?:\|[^{}\n]{0,40})?\}\}\}?|\{[\p{L}\p{N}_.]{1,60}\})`;
/** A line that is one slot, alone or after a short label (`Produkt: {{produkt}}`, `- {{item}}`). */
const SLOT_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*][ \t]+)?(?:[^\n{}:：]{1,40}[:：][ \t]*)?(?:"${SLOT}"|${SLOT})[ \t]*$`,
  'u',
);

/** A short label alone on its line (`Nakala ya mazungumzo:`). */
const LABEL_ALONE = /^[ \t]*[^\n{}:：]{1,40}[:：][ \t]*$/u;

/** How many slots a user turn holds when it holds nothing else; undefined when it holds text (or nothing). */
export function userSlots(texts: readonly string[]): number | undefined {
  let n = 0;
  for (const text of texts)
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      if (SLOT_LINE.test(line)) n++;
      // `Transcript:` alone on its line labels the slot on the next one.
      else if (!LABEL_ALONE.test(line)) return undefined;
    }
  return n > 0 ? n : undefined;
}

/** The declaration, or undefined when the file declares nothing about input or output. */
export function promptIO(
  output: string | undefined,
  user: readonly string[],
  fields: readonly string[] = [],
): PromptIO | undefined {
  const slots = userSlots(user);
  const out = output?.trim().toLowerCase();
  if (!out && slots === undefined) return undefined;
  return {
    ...(out ? { output: out } : {}),
    // `reponse?: string`, `options(array): string`: the field name before any `?` or `(`.
    ...(fields.length ? { fields: fields.map((f) => f.replace(/[?(].*$/, '')) } : {}),
    ...(slots !== undefined ? { userSlots: slots } : {}),
  };
}
