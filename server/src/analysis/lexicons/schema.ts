/**
 * The lexicon data model: what a language's YAML file (`lexicons/<lang>.yaml`) may contain, checked
 * with zod when the lexicons load. Pattern syntax: docs/lexicons.md.
 */

import { z } from 'zod';

/** What a lexicon entry means. */
export const CATEGORIES = [
  'grant', // explicit permission for open-domain use
  'task', // offering a general-purpose task (essays, code, homework)
  'leak', // opening up a scoped prompt (use your general knowledge, help anyway)
  'persona', // generic assistant / companion persona
  'personaBound', // words right after a persona that bind it to a business ("for", "at")
  'scope', // limiting statements (only help with, your tasks are)
  'business', // customer-journey topics and business nouns
  'refusal', // declining off-topic requests
  'offTopic', // "unrelated", "anything else": conditions about off-topic requests
  'negation', // cues before a phrase that negate it
  'negationAfter', // cues after a phrase that negate it (postposed negation)
  'contrast', // "but", "however": ends a negation's reach
  'qualifier', // "about", "related to" after "any question": domain qualification
  'qualifierBefore', // the same before the phrase (Chinese 关于…的任何问题, Hindi … ke baare mein)
  'broad', // words that keep a qualified phrase open ("anything", "any topic")
  'escalation', // hand the conversation to a person
  'noEscalation', // nobody reads this, no transfer possible
  'contactCue', // words that introduce a phone/e-mail/URL for human help
  'conditional', // "if", "when": a negation inside a finished condition does not reach the main clause
  'handoffToken', // substrings of tool names / tokens that hand over to a person (handoff_to_agent, [HUMAN])
  'userRole', // few-shot labels of the user turn ("User:", "Cliente:")
  'assistantRole', // few-shot labels of the bot turn
  'nonBot', // words of prompts that are not bots: evaluators, judges, classifiers, report summaries
  // Word classes, composed by constructions.ts into grants and leaks that no phrase entry spells out:
  'anyWord', // universal quantifiers: any, every, whatever, cualquier, 任何
  'topicWord', // what users bring: topic, subject, question, request, anything
  'limitWord', // limits on them: limit, restriction, off limits, forbidden, restrict
  'noneWord', // "there is none": no, without, there are no, sin, sem, aucun, kein, без
  'answerWord', // the consequence that serves the request: answer, help, reply, assist
  'selfWord', // the bot itself as the object of a limit: yourself, te, dich, ตัวเอง
] as const;

export type Category = (typeof CATEGORIES)[number];

/** One pattern, with a sentence written by hand (not derived from the pattern) that it must match. */
export interface LexiconEntry {
  pattern: string;
  example?: string;
  /**
   * For `task` entries that are a bare noun (recipes, homework, translation): the task domain. Alone it
   * is not an offer; three or more unrelated domains in one sentence or list make the bot general-purpose.
   */
  domain?: string;
}

export interface FixTexts {
  scope: string;
  refusal: string;
  escalation: string;
}

export interface LexiconData {
  /** BCP 47 code reported in signals and by detectLanguage. */
  lang: string;
  name: string;
  /** Unicode script that identifies the language alone (Han, Arabic, Devanagari…); Latin languages use hints. */
  script?: string;
  /** Frequent function words, used for language detection. */
  hints: string[];
  /** Attached prefixes a token may carry (Arabic و، ب، ال). Stripped when a token does not match as is. */
  clitics?: string[];
  /** Single-character spelling variants folded during normalisation (Traditional→Simplified). */
  charMap?: Record<string, string>;
  entries: Partial<Record<Category, LexiconEntry[]>>;
  /** Sentence frames (`{x}` = a phrase) used by the quick-fix and negation tests. */
  frames: { plain: string; negated: string };
  fix: FixTexts;
}

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
  return { ...rest, entries: out };
}
