/**
 * Morphology written as rules in the lexicon data (`morphology:` in a lexicon file) instead of word lists.
 * A negated verb form recognised by its shape (Turkish -ma/-me with a tense or person ending, and the ability
 * negation -(y)ama/-(y)eme: "yapamazsın", "vermeyeceksin"; the Korean auxiliaries 않-/말-/못-: "않습니다",
 * "말아야") becomes a match of `negation` and of `negationAfter`, so negation scopes the phrase before it
 * (verb-final clauses) and the list after it, as a listed negation word would. A negative imperative that has
 * the shape of a noun (Turkish bare -ma/-me: "yazma" don't write, or writing) counts where the verb stands,
 * at the end of a sentence closed by '.' or '!' or of a clause closed by ';', and at the end of each comma clause
 * of such a sentence or clause; there it negates as a negated verb does, before and after it ("isteklere yanıt verme").
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
  negatedVerb?: RegExp;
  negatedImperative?: RegExp;
  patterns: CompiledPattern[];
}

function ruleOf(lex: LexiconData): Rule | undefined {
  const m = lex.morphology;
  if (!m?.negatedVerb && !m?.negatedImperative) return undefined;
  const pattern = (category: Category): CompiledPattern => ({
    category,
    lang: lex.lang,
    source: `morphology: ${m.negatedVerb ?? m.negatedImperative}`,
    steps: [],
  });
  const whole = (src: string | undefined) => (src ? new RegExp(`^(?:${src})$`, 'u') : undefined);
  return {
    lang: lex.lang,
    negatedVerb: whole(m.negatedVerb),
    negatedImperative: whole(m.negatedImperative),
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
  return !!rule?.negatedVerb && word.length <= MAX_WORD && rule.negatedVerb.test(word);
}

/**
 * Negation matches from morphology, per category, in text order, for the prompt's main languages. With the
 * sentence ids and the normalised text, negative imperatives at the end of a sentence or of its clauses too.
 */
export function morphologyMatches(
  tokens: readonly Token[],
  languages: readonly string[],
  sentence?: Int32Array,
  text?: string,
): Match[] {
  const active = allRules().filter((r) => languages.slice(0, MAX_LANGS).includes(r.lang));
  if (active.length === 0) return [];
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t.length > MAX_WORD) continue;
    for (const r of active) {
      if (!r.negatedVerb?.test(t)) continue;
      for (const pattern of r.patterns) out.push({ pattern, from: i, to: i + 1 });
      break;
    }
  }
  const imperatives = active.filter((r) => r.negatedImperative);
  if (sentence && text !== undefined && imperatives.length > 0) {
    imperativeMatches(tokens, imperatives, sentence, text, out);
    out.sort((x, y) => x.from - y.from);
  }
  return out;
}

const SENTENCE_STOP = /^[ \t]*[.!]/;
/** A semicolon closes an independent clause: its verb stands as a sentence's does ("… taleplere girme; kibarca …"). */
const CLAUSE_CLOSE = /^[ \t]*;/;
const CLAUSE_STOP = /^[ \t]*,/;

/**
 * Negative imperatives of the shape of a noun: the last word of a sentence that '.' or '!' closes, and, in such
 * a sentence, the last word of each clause ("Ödev yapma, şiir yazma."). One backward pass: linear.
 */
function imperativeMatches(
  tokens: readonly Token[],
  rules: readonly Rule[],
  sentence: Int32Array,
  text: string,
  out: Match[],
): void {
  const isImperative = (i: number): Rule | undefined => {
    const t = tokens[i].text;
    return t.length > MAX_WORD ? undefined : rules.find((r) => r.negatedImperative!.test(t));
  };
  const after = (i: number): string => text.slice(tokens[i].end, Math.min(tokens[i].end + 3, text.length));
  let endsNegative = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const last = i + 1 >= tokens.length || sentence[i + 1] !== sentence[i];
    if (last || CLAUSE_CLOSE.test(after(i))) {
      const stop = SENTENCE_STOP.test(after(i)) || CLAUSE_CLOSE.test(after(i));
      const rule = stop && i > 0 && sentence[i - 1] === sentence[i] ? isImperative(i) : undefined;
      endsNegative = rule !== undefined || (isNegatedVerbAny(rules, tokens[i].text) && stop);
      if (rule) for (const pattern of rule.patterns) out.push({ pattern, from: i, to: i + 1 });
      continue;
    }
    if (!endsNegative || !CLAUSE_STOP.test(after(i))) continue;
    const rule = isImperative(i);
    if (rule) for (const pattern of rule.patterns) out.push({ pattern, from: i, to: i + 1 });
  }
}

function isNegatedVerbAny(rules: readonly Rule[], word: string): boolean {
  return word.length <= MAX_WORD && rules.some((r) => r.negatedVerb?.test(word) === true);
}
