/**
 * What a language's YAML file (`lexicons/<lang>.yaml`) may contain, checked with zod when the bundles
 * are built (the `wa-policy:lexicons` plugin of esbuild.js), so start-up does not pay for it. The data
 * model is in types.ts. Pattern syntax: docs/lexicons.md.
 */

import { z } from 'zod';
import { CATEGORIES, type Category, type LexiconData, type LexiconEntry } from './types';

export { CATEGORIES } from './types';
export type { Category, FixTexts, Labels, LexiconData, LexiconEntry, Morphology } from './types';

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
    stemming: z
      .object({
        prefixes: z.array(z.string().min(1)).optional(),
        suffixes: z.array(z.string().min(1)).optional(),
        examples: z.array(z.tuple([z.string(), z.string()])).min(1),
        counterExamples: z.array(z.tuple([z.string(), z.string()])).optional(),
      })
      .strict()
      .optional(),
    letters: z
      .object({
        marks: z.string().min(1),
        never: z.string().min(1),
        takesFrom: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
      })
      .strict()
      .optional(),
    transliterate: z
      .object({
        script: z.string().min(1),
        map: z.record(z.string().regex(/^\^?[^\s|+*]+$/), z.string().min(1)),
        examples: z.array(z.tuple([z.string(), z.string()])).min(1),
      })
      .strict()
      .optional(),
    labels: z
      .object({
        input: z.array(z.string().min(1)).optional(),
        output: z.array(z.string().min(1)).optional(),
        expected: z.array(z.string().min(1)).optional(),
        author: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    informal: z
      .array(
        z
          .object({
            short: z.string().regex(/^[^\s|]+(\|[^\s|]+)*$/),
            word: z.string(),
            example: z.string(),
            hint: z.boolean().optional(),
          })
          .strict(),
      )
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
  const informal = withInformal(rest.informal ?? []);
  const translit = rest.transliterate;
  const second = translit ? inSecondScript(translit.map) : (p: string): string => p;
  const out: Partial<Record<Category, LexiconEntry[]>> = {};
  for (const [category, list] of Object.entries(entries) as [Category, z.output<typeof entrySchema>[]][]) {
    // Tool-name parts are compared with identifiers, which are written in Latin letters.
    const write = IDENTIFIER_PARTS.has(category) ? informal : (p: string): string => second(informal(p));
    out[category] = list.map((e) =>
      typeof e === 'string' ? { pattern: write(expand(e)) } : { ...e, pattern: write(expand(e.pattern)) },
    );
  }
  if (translit) {
    for (const [from, to] of translit.examples) {
      const got = transliterateWord(from, translit.map);
      if (got !== to.toLowerCase())
        throw new Error(`lexicon ${file}: transliterate "${from}" gives "${got}", not "${to}"`);
    }
  }
  // Informal short forms of three letters or more vote for their language like its function words, unless
  // marked `hint: false` (a form that is also a word elsewhere: "org" in a link).
  const shorts = (rest.informal ?? [])
    .filter((w) => w.hint !== false)
    .flatMap((w) => w.short.toLowerCase().split('|'))
    .filter((x) => x.length > 2);
  // Hints are not transliterated: a word's spelling in the second script may be a word of another language
  // written in it (Serbian "ili" is Russian "или"); the file lists the second script's function words itself.
  return { ...rest, hints: [...new Set([...rest.hints, ...shorts])], sets, entries: out };
}

/** Categories whose patterns are parts of identifiers (tool names), not words of the text. */
const IDENTIFIER_PARTS: ReadonlySet<Category> = new Set(['handoffToken', 'lookupToken', 'switchKey']);

/**
 * A word of the lexicon's first script in its second one (transliterate.map, longest key first; a `^` key at the
 * word's start only), or undefined when one of its letters has no mapping (a Latin brand name: "whatsapp").
 * Characters that are not letters ('-', digits) are kept.
 */
export function transliterateWord(word: string, map: Record<string, string>): string | undefined {
  const keys = Object.keys(map).sort((a, b) => b.length - a.length);
  const w = word.toLowerCase();
  let out = '';
  let i = 0;
  while (i < w.length) {
    const key = keys.find((k) => (k.startsWith('^') ? i === 0 && w.startsWith(k.slice(1), i) : w.startsWith(k, i)));
    if (key !== undefined) {
      out += map[key];
      i += key.length - (key.startsWith('^') ? 1 : 0);
      continue;
    }
    if (/\p{L}/u.test(w[i])) return undefined;
    out += w[i++];
  }
  return out;
}

/**
 * A pattern rewriter adding to each alternative its spelling in the second script: "pitanj* svak*" →
 * "pitanj*|питањ* svak*|свак*". Skips stay as they are; `*` and `+` keep their places.
 */
function inSecondScript(map: Record<string, string>): (p: string) => string {
  const alt = (a: string): string | undefined => {
    const parts = a.split('+').map((part) => {
      const lead = part.startsWith('*') ? '*' : '';
      const trail = part.endsWith('*') && part.length > lead.length ? '*' : '';
      const core = part.slice(lead.length, part.length - trail.length);
      const t = core ? transliterateWord(core, map) : '';
      return t === undefined ? undefined : lead + t + trail;
    });
    return parts.every((x) => x !== undefined) ? parts.join('+') : undefined;
  };
  return (p) =>
    p
      .split(' ')
      .map((pos) => {
        if (pos.startsWith('..') || pos.startsWith('{')) return pos;
        const optional = pos.endsWith('?') ? '?' : '';
        const alts = (optional ? pos.slice(0, -1) : pos).split('|');
        const added = alts.map(alt).filter((x): x is string => x !== undefined && !alts.includes(x));
        return added.length ? [...alts, ...new Set(added)].join('|') + optional : pos;
      })
      .join(' ');
}

/**
 * A pattern rewriter adding informal short forms to each alternative that is their word, or a stem (`jawab*`)
 * of it: "jawab* semua" → "jawab*|jwb semua". Skips and optional words stay as they are.
 */
function withInformal(words: readonly { short: string; word: string }[]): (p: string) => string {
  if (words.length === 0) return (p) => p;
  const forms = words.map((w) => ({ word: w.word.toLowerCase(), shorts: w.short.toLowerCase().split('|') }));
  const ofWord = (alt: string): string[] => {
    const a = alt.toLowerCase();
    const stem = a.endsWith('*') && a.length > 3 ? a.slice(0, -1) : undefined;
    return forms.filter((f) => (stem !== undefined ? f.word.startsWith(stem) : f.word === a)).flatMap((f) => f.shorts);
  };
  // A two-word alternative ("apa+saja") also gets each of its words in short form ("apa+aja").
  const shortsOf = (alt: string): string[] => {
    const parts = alt.split('+');
    const each =
      parts.length < 2
        ? []
        : parts.flatMap((w, i) => ofWord(w).map((s) => parts.map((x, j) => (j === i ? s : x)).join('+')));
    return [...ofWord(alt), ...each];
  };
  return (p) =>
    p
      .split(' ')
      .map((pos) => {
        if (pos.endsWith('?') || pos.startsWith('..')) return pos;
        const alts = pos.split('|');
        const added = alts.flatMap(shortsOf).filter((x) => !alts.includes(x));
        return added.length ? [...alts, ...new Set(added)].join('|') : pos;
      })
      .join(' ');
}
