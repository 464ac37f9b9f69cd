/**
 * Lexicon data model and registry. A language is added by writing one data file in `lexicons/`
 * and listing it in `lexicons/index.ts`; no matcher code changes.
 *
 * Pattern syntax (one string per entry, tokens separated by spaces):
 * - `word`      literal token (compared after normalisation: case, accents, NFKC, script variants)
 * - `stem*`     token starting with `stem`
 * - `a|b|c`     alternatives for one position (expanded at load time); `a+b` is a two-word alternative
 * - `word?`     optional token
 * - `..` `...`  skip up to 3 / 8 tokens
 * Chinese/Japanese text is matched character by character, so `任何问题` is four tokens.
 */

import { LEXICONS } from './lexicons';

/** What a lexicon entry means. */
export type Category =
  | 'grant' // explicit permission for open-domain use
  | 'task' // offering a general-purpose task (essays, code, homework)
  | 'leak' // opening up a scoped prompt (use your general knowledge, help anyway)
  | 'persona' // generic assistant / companion persona
  | 'personaBound' // words right after a persona that bind it to a business ("for", "at")
  | 'scope' // limiting statements (only help with, your tasks are)
  | 'business' // customer-journey topics and business nouns
  | 'refusal' // declining off-topic requests
  | 'offTopic' // "unrelated", "anything else": conditions about off-topic requests
  | 'negation' // cues before a phrase that negate it
  | 'negationAfter' // cues after a phrase that negate it (postposed negation)
  | 'contrast' // "but", "however": ends a negation's reach
  | 'qualifier' // "about", "related to" after "any question": domain qualification
  | 'qualifierBefore' // the same before the phrase (Chinese 关于…的任何问题, Hindi … ke baare mein)
  | 'broad' // words that keep a qualified phrase open ("anything", "any topic")
  | 'escalation' // hand the conversation to a person
  | 'noEscalation' // nobody reads this, no transfer possible
  | 'contactCue' // words that introduce a phone/e-mail/URL for human help
  | 'conditional' // "if", "when": a negation inside a finished condition does not reach the main clause
  | 'handoffToken' // substrings of tool names / tokens that hand over to a person (handoff_to_agent, [HUMAN])
  | 'userRole' // few-shot labels of the user turn ("User:", "Cliente:")
  | 'assistantRole'; // few-shot labels of the bot turn

export const CATEGORIES: readonly Category[] = [
  'grant', 'task', 'leak', 'persona', 'personaBound', 'scope', 'business', 'refusal', 'offTopic',
  'negation', 'negationAfter', 'contrast', 'qualifier', 'qualifierBefore', 'broad', 'escalation',
  'noEscalation', 'contactCue', 'conditional', 'handoffToken', 'userRole', 'assistantRole',
];

export interface FixTexts {
  scope: string;
  refusal: string;
  escalation: string;
}

export interface LexiconData {
  /** BCP 47 code reported in signals and by detectLanguage. */
  lang: string;
  name: string;
  /** Unicode script that identifies the language alone (Han, Arabic, Devanagari); Latin languages use hints. */
  script?: 'Han' | 'Arabic' | 'Devanagari';
  /** Frequent function words, used only for language detection of Latin-script text. */
  hints: string[];
  /** Attached prefixes a token may carry (Arabic و، ب، ال). Stripped when a token does not match as is. */
  clitics?: string[];
  /** Single-character spelling variants folded during normalisation (Traditional→Simplified). */
  charMap?: Record<string, string>;
  entries: Partial<Record<Category, string[]>>;
  /** Sentence frames for lexicon tests: `{x}` is replaced by an entry. */
  frames: { plain: string; negated: string };
  fix: FixTexts;
}

export const lexicons: readonly LexiconData[] = LEXICONS;

export function lexiconFor(lang: string): LexiconData | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0];
  return lexicons.find((l) => l.lang === base);
}

/** Character variants from every lexicon, applied by the normaliser. */
export const charVariants: ReadonlyMap<string, string> = new Map(
  lexicons.flatMap((l) => Object.entries(l.charMap ?? {})),
);

/** Clitic prefixes from every lexicon, longest first. */
export const clitics: readonly string[] = [...new Set(lexicons.flatMap((l) => l.clitics ?? []))].sort(
  (a, b) => b.length - a.length,
);
