/**
 * Morphology written as rules in the lexicon data (`morphology:` in a lexicon file) instead of word lists.
 * One rule so far: a negated verb form recognised by its suffixes (Turkish -ma/-me with a tense or person
 * ending, and the ability negation -(y)ama/-(y)eme: "yapamazsın", "yardım edemezsin", "vermeyeceksin").
 * Each such word becomes a match of `negation` and of `negationAfter`, so negation scopes the phrase before
 * it (verb-final clauses) and the list after it, as a listed negation word would.
 */

import type { Category, LexiconData } from './lexicon';
import { lexicons } from './lexicon';
import type { CompiledPattern, Match } from './patterns';
import type { Token } from './tokenize';

/** Longer tokens are not words (identifiers, URLs): they are not tested, which also bounds the regex work. */
const MAX_WORD = 40;
/** Rules apply in a prompt's main languages only, as stems do. */
const MAX_LANGS = 2;

interface Rule {
  lang: string;
  negatedVerb: RegExp;
  patterns: CompiledPattern[];
}

function ruleOf(lex: LexiconData): Rule | undefined {
  const src = lex.morphology?.negatedVerb;
  if (!src) return undefined;
  const pattern = (category: Category): CompiledPattern => ({
    category,
    lang: lex.lang,
    source: `morphology: ${src}`,
    steps: [],
  });
  return {
    lang: lex.lang,
    negatedVerb: new RegExp(`^(?:${src})$`, 'u'),
    patterns: [pattern('negation'), pattern('negationAfter')],
  };
}

let rules: Rule[] | undefined;

function allRules(): Rule[] {
  return (rules ??= lexicons.map(ruleOf).filter((r): r is Rule => r !== undefined));
}

/** Whether a normalised word is a negated verb form in `lang` by that language's rule. */
export function isNegatedVerb(lang: string, word: string): boolean {
  const rule = allRules().find((r) => r.lang === lang);
  return !!rule && word.length <= MAX_WORD && rule.negatedVerb.test(word);
}

/** Negation matches from morphology, per category, in text order, for the prompt's main languages. */
export function morphologyMatches(tokens: readonly Token[], languages: readonly string[]): Match[] {
  const active = allRules().filter((r) => languages.slice(0, MAX_LANGS).includes(r.lang));
  if (active.length === 0) return [];
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t.length > MAX_WORD) continue;
    for (const r of active) {
      if (!r.negatedVerb.test(t)) continue;
      for (const pattern of r.patterns) out.push({ pattern, from: i, to: i + 1 });
      break;
    }
  }
  return out;
}
