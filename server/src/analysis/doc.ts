/** One analysed text: normalised form, tokens, structure and all lexicon matches. */

import { CATEGORIES, type Category, clitics, lexicons } from './lexicon';
import { tokenLanguages } from './language';
import { type Match, PhraseMatcher, type PatternSource } from './matcher';
import { type NormText, normalizeText, toOriginal } from './normalize';
import { type Structure, segment } from './segment';
import { morphologyMatches } from './morphology';
import { stemMask } from './stem';
import { type Token, tokenize } from './tokenize';
import type { Span } from '../model/types';

export interface Doc {
  text: string;
  norm: NormText;
  tokens: Token[];
  structure: Structure;
  /** Matches per category, in text order. */
  matches: Record<Category, Match[]>;
}

function allSources(): PatternSource[] {
  const out: PatternSource[] = [];
  for (const lex of lexicons) {
    for (const category of CATEGORIES) {
      for (const entry of lex.entries[category] ?? [])
        out.push({
          category,
          lang: lex.lang,
          source: entry.pattern,
          ...(entry.domain ? { domain: entry.domain } : {}),
        });
    }
  }
  return out;
}

let compiled: PhraseMatcher | undefined;

/** The phrase matcher, compiled on first use, once per process (a CLI run answered from its cache never pays for it). */
export function phraseMatcher(): PhraseMatcher {
  return (compiled ??= new PhraseMatcher(
    allSources(),
    clitics.map((c) => normalizeText(c).text),
  ));
}

export function buildDoc(text: string): Doc {
  const nt = normalizeText(text);
  const tokens = tokenize(nt.text);
  const isLower = (i: number): boolean => {
    const at = nt.start[i] ?? 0;
    const code = text.charCodeAt(at);
    if (code < 0x80) return code >= 97 && code <= 122;
    const c = text[at] ?? '';
    return c !== c.toUpperCase() && c === c.toLowerCase();
  };
  const st = segment(nt.text, tokens, isLower);
  const by = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Match[]])) as unknown as Record<Category, Match[]>;
  const matcher = phraseMatcher();
  const ids = matcher.tokenIds(tokens);
  // Language statistics now, while the ids are fresh (a nested analysis may reset the id cache).
  const { languages } = tokenLanguages(tokens, (i) => matcher.hints(ids[i]));
  // Inflected forms match lexicon words in the prompt's own languages (stem.ts).
  for (const m of matcher.matchIds(ids, st.sentence, stemMask(languages))) by[m.pattern.category].push(m);
  // Negated verb forms recognised by rule (morphology.ts), merged in text order.
  const morph = morphologyMatches(tokens, languages);
  for (const m of morph) by[m.pattern.category].push(m);
  if (morph.length) for (const c of ['negation', 'negationAfter'] as const) by[c].sort((x, y) => x.from - y.from);
  return { text, norm: nt, tokens, structure: st, matches: by };
}

/** Original-text span of the token range [a, b). */
export function tokSpan(doc: Doc, a: number, b: number): Span {
  return toOriginal(doc.norm, doc.tokens[a].start, doc.tokens[b - 1].end);
}

/** Keeps, among overlapping matches, the longest (earliest on ties). Input and output in text order. */
export function longestNonOverlapping(ms: readonly Match[]): Match[] {
  const sorted = [...ms].sort((x, y) => x.from - y.from || y.to - x.to);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.from < last.to) {
      if (m.to - m.from > last.to - last.from) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
