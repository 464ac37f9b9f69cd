/**
 * What a language's YAML file (`lexicons/<lang>.yaml`) may contain, checked with zod when the bundles
 * are built (the `wa-policy:lexicons` plugin of esbuild.js), so start-up does not pay for it. The data
 * model is in types.ts. Pattern syntax: docs/lexicons.md.
 */

import { z } from 'zod';
import { CATEGORIES, type Category, type LexiconData, type LexiconEntry } from './types';

export { CATEGORIES } from './types';
export type { Category, FixTexts, LexiconData, LexiconEntry, Morphology } from './types';

/** A regular expression's source, checked at build time. */
const regexSource = z.string().refine((s) => {
  try {
    return new RegExp(s, 'u').source.length > 0;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const entrySchema = z.union([
  z.string().min(1),
  z
    .object({
      pattern: z.string().min(1),
      example: z.string().min(1).optional(),
      domain: z
        .string()
        .regex(/^[a-z-]+$/)
        .optional(),
    })
    .strict(),
]);

/** A character map is either `from: to` pairs or a string of two-character pairs ("來来 們们"). */
const charMapSchema = z.union([
  z.record(z.string(), z.string()),
  z.string().transform((s, ctx) => {
    const out: Record<string, string> = {};
    for (const pair of s.trim().split(/\s+/)) {
      const chars = [...pair];
      if (chars.length !== 2) ctx.addIssue({ code: 'custom', message: `charMap pair "${pair}" is not two characters` });
      else out[chars[0]] = chars[1];
    }
    return out;
  }),
]);

export const lexiconFileSchema = z
  .object({
    lang: z.string().regex(/^[a-z]{2,3}$/),
    name: z.string().min(1),
    script: z.string().optional(),
    hints: z.array(z.string()).default([]),
    clitics: z.array(z.string()).optional(),
    charMap: charMapSchema.optional(),
    /** Named alternative lists, used in patterns as `{NAME}` (HUMAN = words for a person). */
    sets: z.record(z.string().regex(/^[A-Z_]+$/), z.string()).default({}),
    frames: z.object({ plain: z.string().includes('{x}'), negated: z.string().includes('{x}') }).strict(),
    fix: z.object({ scope: z.string(), refusal: z.string(), escalation: z.string() }).strict(),
    morphology: z
      .object({
        negatedVerb: regexSource.optional(),
        negatedImperative: regexSource.optional(),
        examples: z.array(z.string()).min(1),
        counterExamples: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    entries: z.partialRecord(z.enum(CATEGORIES), z.array(entrySchema)),
  })
  .strict();

export type LexiconFile = z.input<typeof lexiconFileSchema>;

/** Validates one parsed YAML file and expands `{SET}` references. Throws with the file's name on error. */
export function toLexicon(file: string, raw: unknown): LexiconData {
  const parsed = lexiconFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`lexicon ${file}: ${z.prettifyError(parsed.error)}`);
  const { sets, entries, ...rest } = parsed.data;
  const expand = (p: string): string =>
    p.replace(/\{([A-Z_]+)\}/g, (all, name: string) => {
      if (!(name in sets)) throw new Error(`lexicon ${file}: unknown set {${name}} in "${p}"`);
      return sets[name];
    });
  const out: Partial<Record<Category, LexiconEntry[]>> = {};
  for (const [category, list] of Object.entries(entries) as [Category, z.output<typeof entrySchema>[]][]) {
    out[category] = list.map((e) =>
      typeof e === 'string' ? { pattern: expand(e) } : { ...e, pattern: expand(e.pattern) },
    );
  }
  return { ...rest, sets, entries: out };
}
