/**
 * Configuration keys that negate ("out_of_scope:", "temas_prohibidos": […], "<never>…</never>"): a prompt written
 * as YAML, JSON or XML-like tags lists under such a key what the bot must not do, so the key governs its value the
 * way a negative heading governs its list. The key's words are read with the lexicons (snake_case, kebab-case and
 * camelCase split into words); the value is the rest of the line, the lines indented under a YAML key, the lines up
 * to the closing bracket of a JSON array or object, or the lines up to the closing tag.
 */

import type { Doc } from './doc';
import { phraseMatcher } from './doc';
import type { Category } from './lexicon';
import type { Match } from './matcher';
import { normalizeText } from './normalize';
import { type Section, sectionMemo } from './sections';
import { stemMask } from './stem';
import { type Token, tokenize } from './tokenize';

/** `key:` (YAML, a list item's key too) or `"key":` (JSON); the key is a name, not a sentence. */
const KEY = /^(\s*)(?:-\s+)?(?:"([^"\n]{1,60})"|'([^'\n]{1,60})'|([\p{L}\p{M}\p{N}_.-]{1,60}))\s*[:：](?!\/)/u;
/** An opening tag at the start of a line: `<never>`, `<do_not attr="x">`. */
const OPEN_TAG = /^\s*<([\p{L}_][\p{L}\p{M}\p{N}_.-]{0,60})(?:\s[^<>\n]*)?>/u;
const CLOSE_TAG = /<\/([\p{L}_][\p{L}\p{M}\p{N}_.-]{0,60})\s*>/gu;

/** How a key reads: 'negates' its value, 'condition' (off-topic: its list enumerates refused cases), or neither. */
type KeyReading = 'negates' | 'condition' | undefined;
const readings = new Map<string, KeyReading>();
const READINGS_LIMIT = 4096;

/** The key's words: separators and camelCase humps become spaces. */
function keyWords(key: string): string {
  return key
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_.\-\s]+/g, ' ')
    .trim();
}

export function readKey(key: string, languages: readonly string[]): KeyReading {
  const id = `${languages.join(',')}\u0000${key}`;
  if (readings.has(id)) return readings.get(id);
  const words = keyWords(key);
  const tokens = tokenize(normalizeText(words).text);
  const found = new Set<Category>();
  let cues = 0;
  if (tokens.length > 0 && tokens.length <= 8) {
    const ms = phraseMatcher()
      .match(tokens, new Int32Array(tokens.length), stemMask(languages))
      // One-word cues of another language ("no" in Italian keys) count only in the prompt's own languages.
      .filter((m) => m.to - m.from !== 1 || languages.length === 0 || languages.includes(m.pattern.lang));
    for (const m of ms) found.add(m.pattern.category);
    cues = ms.some((m) => privative(tokens, ms, m, languages)) ? 0 : negatingCues(ms);
  }
  if (readings.size >= READINGS_LIMIT) readings.clear();
  const reading = judgeKey(found, cues);
  readings.set(id, reading);
  return reading;
}

/**
 * Separate negating cues (negation, refusal or limit words, overlapping matches merged): "not_allowed" and
 * "forbidden" hold one, "never_refuse" and "no_limits" two. A refusal that is the off-topic phrase itself
 * ("out_of_scope") is a condition, not a cue.
 */
function negatingCues(ms: readonly Match[]): number {
  const off = ms.filter((m) => m.pattern.category === 'offTopic');
  const spans = ms
    .filter((m) => NEGATING.has(m.pattern.category) && !off.some((o) => o.from <= m.from && m.to <= o.to))
    .map((m): [number, number] => [m.from, m.to])
    .sort((x, y) => x[0] - y[0]);
  let count = 0;
  let end = -1;
  for (const [from, to] of spans) {
    if (from >= end) count++;
    end = Math.max(end, to);
  }
  return count;
}

/**
 * A limit word that denies itself ("unlimited", "ilimitado", "不限"): a privative affix on another
 * limit word, or a negation inside the limit's own span. Such a key names what is open, not what is forbidden.
 */
function privative(tokens: readonly Token[], ms: readonly Match[], m: Match, languages: readonly string[]): boolean {
  if (m.pattern.category !== 'limitWord') return false;
  if (
    ms.some(
      (n) => n.pattern.category === 'negation' && n.from >= m.from && n.to <= m.to && n.to - n.from < m.to - m.from,
    )
  )
    return true;
  if (m.to - m.from !== 1) return false;
  const word = tokens[m.from].text;
  const cut = [word.slice(1), word.slice(2)].filter((w) => w.length >= 4);
  return cut.some((w) =>
    phraseMatcher()
      .match(tokenize(w), new Int32Array(1), stemMask(languages))
      .some((x) => x.pattern.category === 'limitWord'),
  );
}

const NEGATING = new Set<Category>(['negation', 'refusal', 'limitWord']);

/** One negating cue negates; two undo each other; an opening phrase is no key of limits. */
function judgeKey(found: ReadonlySet<Category>, cues: number): KeyReading {
  if (found.has('grant') || found.has('leak') || found.has('task') || found.has('additive')) return undefined;
  if (cues === 1) return 'negates';
  if (cues === 0 && found.has('offTopic')) return 'condition';
  return undefined;
}

function indentOf(s: string): number {
  return s.length - s.trimStart().length;
}

/** Depth change of brackets on a line, outside double-quoted strings. */
function bracketDelta(s: string): number {
  let d = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && inString) i++;
    else if (c === '"') inString = !inString;
    else if (!inString && (c === '[' || c === '{')) d++;
    else if (!inString && (c === ']' || c === '}')) d--;
  }
  return d;
}

/**
 * Marks in `out` the lines whose text a negating key governs. Each line is read once: a governed value is skipped
 * over, and a closing tag is found through an index of closing tags built in one pass.
 */
export function negativeKeyLines(doc: Doc, languages: readonly string[], out: Uint8Array): void {
  const { lines } = doc.structure;
  const text = doc.norm.text;
  const lineText = (i: number): string => text.slice(lines[i].start, lines[i].end);
  let instr: Uint8Array | undefined;
  const says = (i: number): boolean => (instr ??= instructionLines(doc))[i] === 1;
  let closes: Map<string, number[]> | undefined;
  const closeAfter = (name: string, from: number): number => {
    if (!closes) {
      closes = new Map();
      for (let i = 0; i < lines.length; i++) {
        const t = lineText(i);
        if (!t.includes('</')) continue;
        for (const c of t.matchAll(CLOSE_TAG)) closes.set(c[1], [...(closes.get(c[1]) ?? []), i]);
      }
    }
    return closes.get(name)?.find((i) => i >= from) ?? -1;
  };
  // Lines that open no tag and hold no key do nothing: only each section's candidates are read (kept per section).
  let next = 0;
  let base = 0;
  for (const s of doc.sections) {
    for (const c of sectionMemo(s, 'negativeKeys', keyCandidates)) {
      const i = base + c.line;
      if (i < next) continue;
      const reading = readKey(c.name, languages);
      if (!reading) continue;
      if (c.keyLen === undefined) {
        const end = closeAfter(c.name, i);
        if (end < 0) continue;
        if (reading === 'negates') out.fill(1, i, end + 1);
        // An off-topic tag (`<out_of_scope>`, `<hors_perimetre>`) negates the list of cases it holds, as such a key
        // does: list items, or a line that enumerates cases without saying what to do with them.
        else for (let j = i + 1; j < end; j++) out[j] = casesLine(lines[j].kind, says(j)) ? 1 : out[j];
        next = end + 1;
        continue;
      }
      const t = lineText(i);
      const end = valueEnd(lines.length, lineText, i, c.keyLen, indentOf(t));
      const rest = t.slice(c.keyLen).trim();
      if (reading === 'negates') out.fill(1, i, end + 1);
      // An off-topic key negates a list of cases, not a sentence that says what to do with them.
      else if (rest.startsWith('[')) out.fill(1, i, end + 1);
      else if (rest === '') for (let j = i + 1; j <= end; j++) out[j] = casesLine(lines[j].kind, says(j)) ? 1 : out[j];
      else continue;
      next = end + 1;
    }
    base += s.lines.length;
  }
}

/** A line under an off-topic key or tag that lists cases: a list item, or text that says nothing to do with them. */
function casesLine(kind: string, instructs: boolean): boolean {
  return kind === 'list' || (kind === 'text' && !instructs);
}

/**
 * Per line: 1 when it says what to do with a request (an answer word, an opening or a refusal: "answer it anyway",
 * "politely decline these"), not only which requests: a line of cases ("general questions, homework, politics").
 */
export function instructionLines(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.structure.lines.length);
  const { tokLine } = doc.structure;
  for (const c of INSTRUCTING) for (const m of doc.matches[c]) out[tokLine[m.from]] = 1;
  return out;
}

/** The same per token: 1 on the words of such a match. */
export function instructionTokens(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  for (const c of INSTRUCTING) for (const m of doc.matches[c]) out.fill(1, m.from, m.to);
  return out;
}

const INSTRUCTING: readonly Category[] = ['answerWord', 'leak', 'refusal', 'scope'];

/** A line of a section that opens a tag (`keyLen` undefined) or a key: its section-local index and the name. */
interface KeyCandidate {
  line: number;
  name: string;
  keyLen?: number;
}

/** The lines of a section that open a tag or hold a key (what no other line of the document changes). */
function keyCandidates(s: Section): KeyCandidate[] {
  const out: KeyCandidate[] = [];
  for (const [i, ln] of s.lines.entries()) {
    if (ln.kind === 'blank' || ln.kind === 'heading') continue;
    const t = s.norm.text.slice(ln.start - s.normBase, ln.end - s.normBase);
    const tag = OPEN_TAG.exec(t);
    if (tag) {
      out.push({ line: i, name: tag[1] });
      continue;
    }
    const key = KEY.exec(t);
    if (!key) continue;
    const name = key[2] ?? key[3] ?? key[4];
    // A bare word before a colon is a prose label ("Never:"), which negativeSections.ts reads; a key is a name.
    if (key[4] !== undefined && !/[_.-]|\p{Ll}\p{Lu}/u.test(name)) continue;
    out.push({ line: i, name, keyLen: key[0].length });
  }
  return out;
}

/** The last line of a key's value: a JSON bracket closed, or the lines indented under a YAML key. */
function valueEnd(count: number, lineText: (i: number) => string, i: number, keyLen: number, indent: number): number {
  const rest = lineText(i).slice(keyLen);
  let depth = bracketDelta(rest);
  if (depth > 0) {
    let j = i + 1;
    for (; j < count && depth > 0; j++) depth += bracketDelta(lineText(j));
    return j - 1;
  }
  let end = i;
  for (let j = i + 1; j < count; j++) {
    const t = lineText(j);
    if (t.trim() === '') continue;
    const ind = indentOf(t);
    // YAML writes a key's list at the key's own indentation too ("key:\n- a").
    if (ind > indent || (ind === indent && /^\s*-\s/.test(t) && !/^\s*-\s/.test(lineText(i)))) end = j;
    else break;
  }
  return end;
}
