/** One analysed text: normalised form, tokens, structure and all lexicon matches. */

import { CATEGORIES, type Category, clitics, lexicons } from './lexicon';
import { languagesOf, rememberLanguages } from './language';
import { type Match, PhraseMatcher, type PatternSource } from './matcher';
import { JoinedNormText, type NormText, normalizeText, toOriginal } from './normalize';
import { SectionCache } from './sectionCache';
import { lexSection, place, type Section, sectionMatches, sectionStarts } from './sections';
import type { Line, Structure } from './segment';
import { morphologyMatches } from './morphology';
import { stemMask } from './stem';
import { atWordStart, type Token } from './tokenize';
import type { Span } from '../model/types';

export interface Doc {
  text: string;
  norm: NormText;
  tokens: Token[];
  structure: Structure;
  /** Matches per category, in text order. */
  matches: Record<Category, Match[]>;
  /** The sections the document was joined from, with the offset of each in `text` (see `sectionMemo`). */
  sections: readonly Section[];
  sectionStart: readonly number[];
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

/** The analysed document of the whole text in one lexical pass (nothing cached). */
export function buildDoc(text: string): Doc {
  return joinSections(text, [lexSection(text)], [0]);
}

/**
 * The same document, from the lexical results of its sections (sections.ts), cached by their text:
 * an edit redoes the lexical pass of the sections it touched.
 */
export function buildDocBySections(text: string): Doc {
  const starts = sectionStarts(text);
  const stamp = ++joins;
  const parts: Section[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    parts.push(sectionCache.take(text.slice(starts[i], end), stamp));
  }
  return joinSections(text, parts, starts);
}

let joins = 0;
const sectionCache = new SectionCache();

/** Joins consecutive sections (separated by one '\n' each) into the document of their text. */
function joinSections(text: string, parts: readonly Section[], starts: readonly number[]): Doc {
  const matcher = phraseMatcher();
  // The language vote of the whole text selects the stems that match (stem.ts).
  const votes = languagesOf(parts.map((s) => s.tally));
  const mask = stemMask(votes.languages);
  let tokLen = 0;
  for (const s of parts) tokLen += s.tokens.length;
  const tokLine = new Int32Array(tokLen);
  const sentence = new Int32Array(tokLen);
  const quoted = new Uint8Array(tokLen);
  const tokens: Token[] = new Array<Token>(tokLen);
  const lines: Line[] = [];
  const by = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Match[]])) as unknown as Record<Category, Match[]>;
  let nb = 0;
  let sentBase = 0;
  let tokBase = 0;
  for (const s of parts) {
    const tb = tokBase;
    place(s, nb, tb);
    const ms = sectionMatches(s, matcher, mask);
    for (let k = 0; k < s.tokens.length; k++) {
      tokens[tb + k] = s.tokens[k];
      tokLine[tb + k] = s.tokLine[k] + lines.length;
      sentence[tb + k] = s.sentence[k] + sentBase;
    }
    quoted.set(s.quoted, tb);
    for (const ln of s.lines) lines.push(ln);
    // A function word starts a Chinese or Japanese dictionary word (tokenize.ts).
    for (const [c, list] of ms) for (const m of list) if (atWordStart(c, s.tokens, m.from - tb)) by[c].push(m);
    sentBase += s.sentences;
    tokBase += s.tokens.length;
    nb += s.norm.text.length + 1; // and the '\n' between two sections
  }
  rememberLanguages(tokens, votes);
  const norm =
    parts.length === 1
      ? parts[0].norm
      : new JoinedNormText(
          parts.map((s) => s.norm),
          parts.map((s) => s.text.length),
        );
  // Negated verb forms recognised by rule (morphology.ts), merged in text order.
  const morph = morphologyMatches(tokens, votes.languages, sentence, norm.text);
  for (const m of morph) by[m.pattern.category].push(m);
  if (morph.length) for (const c of ['negation', 'negationAfter'] as const) by[c].sort((x, y) => x.from - y.from);
  const structure = { lines, tokLine, sentence, quoted };
  return { text, norm, tokens, structure, matches: by, sections: parts, sectionStart: starts };
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
