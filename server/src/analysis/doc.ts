/** One analysed text: normalised form, tokens, structure and all lexicon matches. */

import { CATEGORIES, type Category, clitics, lexicons } from './lexicon';
import { languagesOf, rememberLanguages } from './language';
import { runTallies } from './languageRuns';
import { type Match, PhraseMatcher, type PatternSource } from './matcher';
import { JoinedNormText, type NormText, normalizeText, toOriginal } from './normalize';
import { SectionCache } from './sectionCache';
import {
  firstAtLeast,
  lexSection,
  place,
  type Section,
  sectionMatches,
  sectionMemo,
  sectionStarts,
  sectionStartsAfterEdit,
} from './sections';
import type { Line, Structure } from './segment';
import { morphologyMatches } from './morphology';
import { firstNotBefore } from './search';
import { stemMask } from './stem';
import type { Token } from './tokenize';
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
  const stamp = ++joins;
  const prev = last;
  // An edit of the prompt joined last: the section starts are read again only around what changed, and a section
  // whose text lies in the unchanged prefix or suffix, between the same cuts, is the previous join's section at
  // that place (no slice of its text, no look-up by it).
  const edited = prev ? sectionStartsAfterEdit(prev.text, prev.starts, text) : undefined;
  const starts = edited ? edited.starts : sectionStarts(text);
  const n = starts.length;
  const parts = new Array<Section>(n);
  const endOf = (st: readonly number[], i: number, len: number): number => (i + 1 < st.length ? st[i + 1] - 1 : len);
  if (edited && prev) {
    const delta = text.length - prev.text.length;
    const suffixAt = text.length - edited.suffix;
    for (let i = 0; i < n; i++) {
      const a = starts[i];
      const b = endOf(starts, i, text.length);
      const shift = b <= edited.prefix ? 0 : a >= suffixAt ? delta : undefined;
      if (shift === undefined) continue;
      const k = firstAtLeast(prev.starts, a - shift);
      if (prev.starts[k] !== a - shift || endOf(prev.starts, k, prev.text.length) !== b - shift) continue;
      if (prev.parts[k].joined === stamp) continue;
      parts[i] = prev.parts[k];
      sectionCache.keep(parts[i], stamp);
    }
  }
  for (let i = 0; i < n; i++)
    parts[i] ??= sectionCache.take(text.slice(starts[i], endOf(starts, i, text.length)), stamp);
  sectionCache.settle(stamp);
  const norm = prev?.norm !== undefined ? joinedNormAfterEdit(prev.parts, prev.norm, parts) : undefined;
  const doc = joinSections(text, parts, starts, norm);
  last = { text, starts, parts, norm: doc.norm.text };
  return doc;
}

/** The text, section starts, sections and joined normal form of the last join by sections (for the next edit). */
let last: { text: string; starts: number[]; parts: Section[]; norm: string } | undefined;

/**
 * The normal form of the sections `parts` joined by '\n', from that of the previous join (`prevNorm`, of `prevParts`):
 * the leading and trailing sections that are the previous join's own (the same objects, at the same place from either
 * end) are copied as two slices of its text, and only the sections between them are joined again (joining a
 * 2,500-line prompt's ~1,100 sections on each edit was 5% of it). Read before the sections are placed again.
 */
function joinedNormAfterEdit(prevParts: readonly Section[], prevNorm: string, parts: readonly Section[]): string {
  const m = prevParts.length;
  const n = parts.length;
  let head = 0;
  while (head < n && head < m && parts[head] === prevParts[head]) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && parts[n - 1 - tail] === prevParts[m - 1 - tail]) tail++;
  if (head + tail < n / 2) return parts.map((s) => s.norm.text).join('\n');
  const pieces: string[] = [];
  if (head > 0) {
    const s = prevParts[head - 1];
    pieces.push(prevNorm.slice(0, s.normBase + s.norm.text.length));
  }
  for (let i = head; i < n - tail; i++) pieces.push(parts[i].norm.text);
  if (tail > 0) pieces.push(prevNorm.slice(prevParts[m - tail].normBase));
  return pieces.join('\n');
}

let joins = 0;

/**
 * The per-token arrays of the last document whose analysis ended (`releaseDoc`), for the next join of the same
 * token count: an edit mostly keeps the count, and these are a prompt's largest per-edit allocations (a 2,500-line
 * prompt's token array is a large object, promoted to the old generation by the first scavenge it survives).
 */
let spare: { tokens: Token[]; tokLine: Int32Array; sentence: Int32Array; quoted: Uint8Array } | undefined;

/** Hands a document's per-token arrays to the next join: only for a document nothing reads any more. */
export function releaseDoc(doc: Doc): void {
  const { tokLine, sentence, quoted } = doc.structure;
  spare = { tokens: doc.tokens, tokLine, sentence, quoted };
}
const sectionCache = new SectionCache();

/** A typed array of length `n`: a view of the buffer of `old` when it has room, else of a new one with some to spare. */
function sized<A extends Int32Array | Uint8Array>(
  Kind: { new (b: ArrayBuffer, at: number, n: number): A; BYTES_PER_ELEMENT: number },
  old: A | undefined,
  n: number,
): A {
  const bytes = n * Kind.BYTES_PER_ELEMENT;
  if (old && old.buffer.byteLength >= bytes && old.buffer.byteLength <= 2 * bytes + 4096)
    return new Kind(old.buffer as ArrayBuffer, 0, n);
  return new Kind(new ArrayBuffer(Math.ceil(n * 1.125 + 64) * Kind.BYTES_PER_ELEMENT), 0, n);
}

/** Joins consecutive sections (separated by one '\n' each) into the document of their text. */
function joinSections(text: string, parts: readonly Section[], starts: readonly number[], joinedNorm?: string): Doc {
  const matcher = phraseMatcher();
  // The language vote of the whole text selects the stems that match (stem.ts).
  const votes = languagesOf(runTallies(parts.map((s) => s.tally)));
  const mask = stemMask(votes.languages);
  // Sections placed and their matches read first, so that every joined array is allocated once at its size
  // (arrays grown by push left a trail of copies: garbage on every edit of a long prompt).
  let tokLen = 0;
  let lineLen = 0;
  let nb = 0;
  const count = new Map<Category, number>();
  const sectionMs = parts.map((s) => {
    place(s, nb, tokLen);
    const ms = sectionMatches(s, matcher, mask);
    for (const [c, list] of ms) count.set(c, (count.get(c) ?? 0) + list.length);
    tokLen += s.tokens.length;
    lineLen += s.lines.length;
    nb += s.norm.text.length + 1; // and the '\n' between two sections
    return ms;
  });
  // Every index of these is written below, so the released arrays of the last document serve, at this length: an
  // edit that adds or removes a word changes the count, and new arrays of a long prompt's size on each such edit
  // were a tenth of the join's time (typed arrays are views of a buffer with room to grow).
  const reuse = spare;
  spare = undefined;
  const tokLine = sized(Int32Array, reuse?.tokLine, tokLen);
  const sentence = sized(Int32Array, reuse?.sentence, tokLen);
  const quoted = sized(Uint8Array, reuse?.quoted, tokLen);
  const tokens: Token[] = reuse?.tokens ?? new Array<Token>(tokLen);
  tokens.length = tokLen;
  const lines: Line[] = new Array<Line>(lineLen);
  const by = Object.fromEntries(CATEGORIES.map((c) => [c, new Array<Match>(count.get(c) ?? 0)])) as unknown as Record<
    Category,
    Match[]
  >;
  const filled = new Map<Category, number>();
  let sentBase = 0;
  let lineBase = 0;
  for (const [i, s] of parts.entries()) {
    const tb = s.tokBase;
    for (let k = 0; k < s.tokens.length; k++) {
      tokens[tb + k] = s.tokens[k];
      tokLine[tb + k] = s.tokLine[k] + lineBase;
      sentence[tb + k] = s.sentence[k] + sentBase;
    }
    quoted.set(s.quoted, tb);
    for (const ln of s.lines) lines[lineBase++] = ln;
    for (const [c, list] of sectionMs[i]) {
      // (`by` has a key per category: a keyed lookup per match was a quarter of the join's own time.)
      const into = by[c];
      let at = filled.get(c) ?? 0;
      for (let k = 0; k < list.length; k++) into[at++] = list[k];
      filled.set(c, at);
    }
    sentBase += s.sentences;
  }
  rememberLanguages(tokens, votes);
  const norm =
    parts.length === 1
      ? parts[0].norm
      : new JoinedNormText(
          parts.map((s) => s.norm),
          parts.map((s) => s.text.length),
          joinedNorm,
        );
  // Negated verb forms recognised by rule (morphology.ts), merged in text order.
  const morph = morphologyBySection(parts, votes.languages);
  for (const m of morph) by[m.pattern.category].push(m);
  if (morph.length) for (const c of ['negation', 'negationAfter'] as const) by[c].sort((x, y) => x.from - y.from);
  // "Not related to", "ilgili olmasa", "không liên quan": a qualifier its negation touches is an off-topic phrase.
  const unrelated = negatedQualifiers(by, sentence);
  if (unrelated.length) {
    by.offTopic.push(...unrelated);
    by.offTopic.sort((x, y) => x.from - y.from);
  }
  const structure = { lines, tokLine, sentence, quoted };
  return { text, norm, tokens, structure, matches: by, sections: parts, sectionStart: starts };
}

/**
 * The morphology matches of the document, section by section: a rule reads one token, or the end of a
 * sentence and the three characters after a token, and no sentence crosses a cut, so each section's matches
 * are those the whole text gives there. Kept on the section per language vote; moved to the section's place.
 */
function morphologyBySection(parts: readonly Section[], languages: readonly string[]): Match[] {
  const out: Match[] = [];
  // Most prompts are in languages without morphology rules: nothing to keep per section.
  if (!lexicons.some((l) => l.morphology && languages.includes(l.lang))) return out;
  const key = `morphology:${languages.join(',')}`;
  for (const s of parts) {
    const local = sectionMemo(s, key, (x) => {
      const base = x.normBase;
      const tokens = x.tokens.map((t) => ({ ...t, start: t.start - base, end: t.end - base }));
      return morphologyMatches(tokens, languages, x.sentence, x.norm.text);
    });
    for (const m of local) out.push({ pattern: m.pattern, from: m.from + s.tokBase, to: m.to + s.tokBase });
  }
  return out;
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

/**
 * "Questions not related to the shop", "sorular eczaneyle ilgili olmasa bile", "câu hỏi không liên quan": a
 * qualifier word ("related to", "about", "ilgili", "liên quan") with a negation touching it, before it or postposed
 * right after it, in one sentence, says what a listed off-topic word says ("unrelated"), in any language whose
 * lexicon has both classes. Only adjacent: "ilgili soruları yanıtlama" (do not answer questions about it) negates
 * the answer, not the relation. Each qualifier is looked at once, with a binary search into the sorted negations.
 */
/** Longest negation phrase looked back over ("do not", "n'est pas"). */
const NEG_SPAN = 4;

function negatedQualifiers(by: Record<Category, Match[]>, sentence: Int32Array): Match[] {
  const out: Match[] = [];
  const before = by.negation;
  const after = by.negationAfter;
  // A qualifier that is part of an opening phrase ("de tu" in "tu es ChatGPT") is that phrase's word, not a relation.
  const opening = new Set<number>();
  for (const c of ['grant', 'task', 'leak', 'persona'] as const)
    for (const m of by[c]) for (let k = m.from; k < m.to; k++) opening.add(k);
  for (const q of by.qualifier) {
    if (opening.has(q.from) || opening.has(q.to - 1)) continue;
    // A negation ending on the qualifier's first token (negation phrases are short: a bounded look back).
    let pre: Match | undefined;
    for (let i = firstNotBefore(before.length, (j) => before[j].from < q.from - NEG_SPAN); i < before.length; i++) {
      if (before[i].from >= q.from) break;
      if (before[i].to === q.from) pre = before[i];
    }
    // A postposed negation starting right after it ("ilgili olmasa", "से संबंधित नहीं").
    const k = firstNotBefore(after.length, (j) => after[j].from < q.to);
    const post = k < after.length && after[k].from === q.to ? after[k] : undefined;
    const from = pre ? pre.from : q.from;
    const to = post ? post.to : q.to;
    if ((!pre && !post) || sentence[from] !== sentence[to - 1]) continue;
    out.push({ pattern: { ...q.pattern, category: 'offTopic' }, from, to });
  }
  return out;
}
