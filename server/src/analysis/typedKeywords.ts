/**
 * A keyword the user types to reach a person: "write ASESOR and an advisor answers in this chat",
 * "ketik CS, tim Customer Service akan membalas", 'พิมพ์ "แอดมิน" ระบบจะส่งต่อให้ทีมงาน'. Recognised from
 * its form, not from the verb: a word in capitals or alone in quotation marks that names a person
 * (a lexicon's `HUMAN` set or a handoff token), in a sentence that names a person once more.
 */

import { partMatches } from './wordParts';
import type { Doc } from './doc';
import { lexicons } from './lexicon';
import { type NormText, normalizeEntry, originalStart, toOriginal } from './normalize';
import { sectionMemo } from './sections';
import type { Line } from './segment';
import type { Token } from './tokenize';

interface HumanWord {
  text: string;
  /** `x*`: a word starting with x; `*x`: ending with it. */
  prefix: boolean;
  suffix: boolean;
  /** Written in a script with spaces between words: compared word by word. */
  spaced: boolean;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
/** At most this many words in a quoted keyword ("HABLAR CON ASESOR" is still one). */
const MAX_WORDS = 3;

function humanWords(): HumanWord[] {
  const raw = lexicons.flatMap((l) => [
    ...(l.sets.HUMAN ?? '').split('|'),
    ...(l.entries.handoffToken ?? []).map((e) => e.pattern),
  ]);
  const out = new Map<string, HumanWord>();
  for (const r of raw) {
    const text = normalizeEntry(r.replace(/^\*|\*$/g, '').replace(/\+/g, ' '));
    if (text.length < 2) continue;
    const key = `${text}|${r.startsWith('*')}|${r.endsWith('*')}`;
    if (!out.has(key))
      out.set(key, { text, prefix: r.endsWith('*'), suffix: r.startsWith('*'), spaced: !UNSPACED.test(text) });
  }
  return [...out.values()];
}

interface WordIndex {
  /** Spaced words by their first two characters. */
  byHead: Map<string, HumanWord[]>;
  /** Words matched anywhere (`*x*`, `*x`) or in unspaced scripts, by their first character. */
  byChar: Map<string, HumanWord[]>;
  /** The words of unspaced scripts, searched as substrings of a sentence. */
  unspaced: string[];
}

let cached: WordIndex | undefined;

function index(): WordIndex {
  const byHead = new Map<string, HumanWord[]>();
  const byChar = new Map<string, HumanWord[]>();
  const add = (m: Map<string, HumanWord[]>, k: string, w: HumanWord) => m.set(k, [...(m.get(k) ?? []), w]);
  for (const w of humanWords()) {
    if (w.spaced && !w.suffix) add(byHead, w.text.slice(0, 2), w);
    else add(byChar, w.text[0], w);
  }
  const unspaced = [
    ...new Set(
      humanWords()
        .filter((w) => !w.spaced)
        .map((w) => w.text),
    ),
  ];
  return { byHead, byChar, unspaced };
}

function wordFits(w: HumanWord, s: string, parts: string[]): boolean {
  if (!s.includes(w.text)) return false;
  if (!w.spaced) return s.length <= w.text.length + 4;
  if (w.text.includes(' ')) return true;
  return parts.some((p) => partMatches(p, w.text, w.prefix, w.suffix));
}

/** namesPerson's answers by string: the same words are asked on every edit of a prompt. */
const PERSON_MEMO = 20_000;
const personMemo = new Map<string, boolean>();

/** True when `s` (normalised, at most a few words) names a person. Looks up only the words that can fit. */
export function namesPerson(s: string): boolean {
  let v = personMemo.get(s);
  if (v === undefined) {
    if (personMemo.size >= PERSON_MEMO) personMemo.clear();
    v = lookUpPerson(s);
    personMemo.set(s, v);
  }
  return v;
}

function lookUpPerson(s: string): boolean {
  const idx = (cached ??= index());
  const parts = s.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > MAX_WORDS) return false;
  const seen = new Set<string>();
  for (const p of parts) {
    for (const w of idx.byHead.get(p.slice(0, 2)) ?? []) if (wordFits(w, s, parts)) return true;
    for (const ch of p) {
      if (seen.has(ch)) continue;
      seen.add(ch);
      for (const w of idx.byChar.get(ch) ?? []) if (wordFits(w, s, parts)) return true;
    }
  }
  return false;
}

export interface TypedKeyword {
  /** Token range of the keyword. */
  from: number;
  to: number;
}

const CAPS = /^\p{Lu}{2,}$/u;
const LABEL_AFTER = /^\s*[:：]/;

/** What the candidates of one section are read from: its own text, normal form and lexical structure. */
interface SectionView {
  text: string;
  norm: NormText;
  /** Tokens and lines, with offsets `normBase` past the section's normal form. */
  tokens: readonly Token[];
  lines: readonly Line[];
  tokLine: Int32Array;
  quoted: Uint8Array;
  normBase: number;
}

/** A candidate at section-local token indexes; `caps`: a word in capitals, still to be told from a label. */
interface Candidate extends TypedKeyword {
  caps: boolean;
}

/** Whether line i is written mostly in capitals (a heading, a shouted rule): capitals there are no keyword. */
function capsLine(v: SectionView, i: number): boolean {
  const ln = v.lines[i];
  if (ln.kind === 'heading') return true;
  const a = toOriginal(v.norm, ln.start - v.normBase, ln.end - v.normBase);
  return casedLetters(v.text, a.start, a.end) >= 0;
}

/** Upper-case minus lower-case letters of text[from, to): ASCII by code, the rest by Unicode property. */
function casedLetters(text: string, from: number, to: number): number {
  let diff = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) diff++;
    else if (c >= 97 && c <= 122) diff--;
    else if (c >= 0x80) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (UPPER.test(ch)) diff++;
      else if (LOWER.test(ch)) diff--;
      i += ch.length - 1;
    }
  }
  return diff;
}
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Candidate keywords of one section that name a person: a run of 1–3 quoted tokens, or a token in
 * capitals. Quotations and lines do not cross a section cut, so they are the document's own, at
 * local indexes; whether a word in capitals is a label (`CS:`) is read on the document (the colon
 * may follow after the cut).
 */
function sectionCandidates(v: SectionView): Candidate[] {
  const { tokens, norm, quoted } = v;
  const at = (i: number): number => i - v.normBase;
  // Lines in capitals, found only for the lines of a token in capitals (0 unknown, 1 yes, 2 no).
  const caps = new Uint8Array(v.lines.length);
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (quoted[k]) {
      let e = k + 1;
      while (
        e < tokens.length &&
        quoted[e] &&
        !/["“”«»「」『』]/.test(norm.text.slice(at(tokens[e - 1].end), at(tokens[e].start)))
      )
        e++;
      const open = norm.text[at(tokens[k].start) - 1] ?? '';
      const close = norm.text[at(tokens[e - 1].end)] ?? '';
      // An identifier (`"tim_kiem_web"`, a JSON key or tool name) is no word a user types.
      const ident = /[_/]/.test(norm.text.slice(at(tokens[k].start), at(tokens[e - 1].end)));
      if (e - k <= MAX_WORDS && !ident && /["“„«「『‹]/.test(open) && /["”“»」』›]/.test(close))
        out.push({ from: k, to: e, caps: false });
      k = e - 1;
      continue;
    }
    if (tokens[k].end - tokens[k].start < 2) continue;
    // Most tokens start with an ASCII small letter, digit or sign: no capitals word (no span, no slice).
    const first = v.text.charCodeAt(originalStart(norm, at(tokens[k].start)));
    if (first < 0x80 && (first < 65 || first > 90)) continue;
    const span = toOriginal(norm, at(tokens[k].start), at(tokens[k].end));
    if (!CAPS.test(v.text.slice(span.start, span.end))) continue;
    const line = v.tokLine[k];
    if (caps[line] === 0) caps[line] = capsLine(v, line) ? 1 : 2;
    if (caps[line] === 1) continue;
    out.push({ from: k, to: k + 1, caps: true });
  }
  return out.filter((c) => namesPerson(norm.text.slice(at(tokens[c.from].start), at(tokens[c.to - 1].end))));
}

/** A quoted JSON/YAML key (`"agent": …`) or the quoted value after one (`"role": "agent"`): data, not a word to type. */
const KEY_AFTER = /^["']\s*:/;
const VALUE_BEFORE = /["']\s*:\s*["']$/;

function dataField(t: string, from: number, to: number): boolean {
  return KEY_AFTER.test(t.slice(to, to + 4)) || VALUE_BEFORE.test(t.slice(Math.max(0, from - 6), from));
}

/** The candidates that name a person, from each section's (kept per section text), at document indexes. */
function candidates(doc: Doc): TypedKeyword[] {
  const out: TypedKeyword[] = [];
  const { tokens, norm } = doc;
  for (const s of doc.sections) {
    const local = sectionMemo(s, 'typedKeywords', sectionCandidates);
    for (const c of local) {
      const from = c.from + s.tokBase;
      const to = c.to + s.tokBase;
      if (c.caps && LABEL_AFTER.test(norm.text.slice(tokens[to - 1].end, tokens[to - 1].end + 3))) continue;
      if (!c.caps && dataField(norm.text, tokens[from].start, tokens[to - 1].end)) continue;
      out.push({ from, to });
    }
  }
  return out;
}

/**
 * Keywords the user types to reach a person. The sentence must name a person elsewhere too (the one
 * who answers), so a name in capitals or a quoted word alone is not taken for a handoff.
 */
export function typedKeywords(doc: Doc): TypedKeyword[] {
  const { tokens, structure: st, norm } = doc;
  const out: TypedKeyword[] = [];
  const found = candidates(doc);
  if (found.length === 0) return out;
  const unspaced = (cached ??= index()).unspaced;
  // Per sentence: normalised ranges of the words in it that name a person (each sentence read once).
  const persons = new Map<number, [number, number][]>();
  const personRanges = (k0: number): [number, number][] => {
    const s = st.sentence[k0];
    let list = persons.get(s);
    if (list) return list;
    list = [];
    let a = k0;
    let b = k0;
    while (a > 0 && st.sentence[a - 1] === s) a--;
    while (b + 1 < tokens.length && st.sentence[b + 1] === s) b++;
    for (let k = a; k <= b; k++) if (namesPerson(tokens[k].text)) list.push([tokens[k].start, tokens[k].end]);
    const text = norm.text.slice(tokens[a].start, tokens[b].end);
    if (UNSPACED.test(text))
      for (const w of unspaced)
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length))
          list.push([tokens[a].start + i, tokens[a].start + i + w.length]);
    persons.set(s, list);
    return list;
  };
  for (const c of found) {
    const from = tokens[c.from].start;
    const to = tokens[c.to - 1].end;
    if (personRanges(c.from).some(([x, y]) => y <= from || x >= to)) out.push(c);
  }
  return out;
}
