/**
 * Structural cues of a prompt whose output is an artefact for a program or for staff, not a message to a
 * customer, read without the language's vocabulary beyond a few labels every language has (`labels:` in each
 * lexicon, so a native speaker reviews them with the rest of the language): an `Input:` /
 * `Output:` contract, a database schema or SQL to write, a closed set of labels to choose one from, a source
 * file the prompt is loaded by, a pass/fail verdict and expected outcomes. Each is one cue; none decides alone (purpose.ts).
 */

import type { Labels } from './lexicons/types';
import { lexicons } from './lexicon';

/** The label words of every lexicon (`labels:` in lexicons/<lang>.yaml) for `kind`, longest first, as one alternation. */
export function labelWords(kind: keyof Labels): string {
  const words = new Set(lexicons.flatMap((l) => l.labels?.[kind] ?? []).map((w) => w.toLowerCase()));
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

const label = (words: string) =>
  new RegExp(String.raw`^[ \t]*(?:[-*#>]+[ \t]*)?(?:\*\*|__)?(?:${words})(?:\*\*|__)?[ \t]*[:：]`, 'imu');

interface LabelPatterns {
  /** A line labelled with an input word (`Input:`, `Eingabe:`, `Вхід:`, `入力：`). */
  input: RegExp;
  output: RegExp;
  /** `Ausgabe als Markdown`, `output in JSON`, `出力：CSV`: the output named as a document format right after its word. */
  outputAsFormat: RegExp;
  /** `Expected:`, `Erwartet:`, `期待：`: the expected outcome of a test case. */
  expected: RegExp;
}

let patterns: LabelPatterns | undefined;

/** Built once per process from the lexicons' label words. */
function labelPatterns(): LabelPatterns {
  if (patterns) return patterns;
  const output = labelWords('output');
  patterns = {
    input: label(labelWords('input')),
    output: label(output),
    outputAsFormat: new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${output})[^\p{L}\n]{0,3}(?:\p{L}{1,6}[^\p{L}\n]{1,3})?(?:markdown|json|jsonl|csv|html|yaml|xml)\b`,
      'iu',
    ),
    expected: new RegExp(String.raw`(?:^|[^\p{L}])(?:${labelWords('expected')})[ \t]*[:：]`, 'giu'),
  };
  return patterns;
}

/** `CREATE TABLE`, a ```sql block or a `SELECT … FROM`: a query to write against a database. */
const SQL = /^```sql\b|\bCREATE\s+TABLE\b|\bSELECT\s+[\w*,. ]{1,80}\s+FROM\s+\w/im;

/**
 * Three or more labels in a row, written as code or as capitals: `billing`, `delivery`, `other` or
 * POSITIVE / NEGATIVE / NEUTRAL, or a PASS/FAIL verdict: the closed set a classifier or a test answers with.
 */
const CODE_LABELS =
  /`[\p{L}_][\p{L}\p{N}_-]{1,30}`(?:[ \t]*(?:[,|/]|\p{L}{1,3})[ \t]*`[\p{L}_][\p{L}\p{N}_-]{1,30}`){2,}/u;
const CAPS_LABELS = /\b[A-Z][A-Z_]{2,24}\b(?:[ \t]*(?:[,|/]|,?[ \t]\p{Ll}{1,4})[ \t]*\b[A-Z][A-Z_]{2,24}\b){2,}/u;
const VERDICT = /\bPASS\b[ \t]*(?:[,|/]|\p{L}{1,4})[ \t]*\bFAIL\b|\bFAIL\b[ \t]*(?:[,|/]|\p{L}{1,4})[ \t]*\bPASS\b/u;

/**
 * `test_prompt_loader.py`, `jobs/build_digest.ts`: a source file of the program that loads or runs the prompt (a
 * snake-case name or a path: "Node.js" or "Vue.js" in a shop's prompt is a product, not a file).
 */
const SOURCE_FILE =
  /(?<![\w/.-])[\w-]{0,60}[_/][\w/-]{1,60}\.(?:py|ts|js|mjs|go|rb|java|kt|cs|php|rs|swift|sh|ipynb)\b/;

export interface ArtefactCues {
  /** Why the prompt reads as a step of a program, for the hover. */
  cues: string[];
  /** The input is declared with a label (`Input: …`): the task is done on what the program hands over. */
  inputDeclared: boolean;
  /** The output is named as a document format (`Ausgabe als Markdown`). */
  outputFormat: boolean;
  /** A closed list of labels to answer with (`billing`, `delivery`, `other`; POSITIVE / NEGATIVE / NEUTRAL). */
  labels: boolean;
  /** A PASS/FAIL verdict: a test script, whose quoted messages are attacks to try, not grants. */
  verdict: boolean;
}

/** `CREATE` or `SELECT` where a query of `SQL` can start (a word followed by a space, a line break or the end). */
const SQL_WORD = /\b(?:create|select)(?=\s|$)/gi;
/** The `SQL` query alternatives, tried only at such a word of the whole text (they may read across a cut). */
const SQL_QUERY_AT = /\bCREATE\s+TABLE\b|\bSELECT\s+[\w*,. ]{1,80}\s+FROM\s+\w/iy;

/**
 * The cues of one section of the text (sections.ts; cut before a line, so `^` and `\b` read there as in the whole
 * text). Every pattern but the SQL query's is bound to a line, so the text's matches are its sections'. A query
 * may go on across a blank line (`\s+`): `sqlWords` keeps where one could start, when none is in the section.
 */
interface SectionCues {
  input: boolean;
  output: boolean;
  sql: boolean;
  /** Section offsets of `CREATE`/`SELECT` words, when `sql` is false (`undefined` when there are none). */
  sqlWords?: number[];
  verdict: boolean;
  expected: number;
  sourceFile: boolean;
  outputFormat: boolean;
  labels: boolean;
}

export function sectionCues(text: string): SectionCues {
  const p = labelPatterns();
  const sql = SQL.test(text);
  const words = sql ? [] : [...text.matchAll(SQL_WORD)].map((m) => m.index);
  return {
    input: p.input.test(text),
    output: p.output.test(text),
    sql,
    ...(words.length ? { sqlWords: words } : {}),
    verdict: VERDICT.test(text),
    expected: text.match(p.expected)?.length ?? 0,
    sourceFile: SOURCE_FILE.test(text),
    outputFormat: p.outputAsFormat.test(text),
    labels: CODE_LABELS.test(text) || CAPS_LABELS.test(text),
  };
}

/** A text and its sections (`Doc`): the sections joined by one '\n' each make the text; `starts` are their offsets. */
export interface SectionedText {
  text: string;
  sections: readonly { text: string }[];
  sectionStart: readonly number[];
}

/**
 * The structural cues of the text (a few linear scans, each one regular expression without backtracking blow-up),
 * from its sections' cues: `cuesOf` gives one section's (kept per section by the caller, `sectionMemo`).
 */
export function artefactCues(
  doc: SectionedText,
  cuesOf: (i: number) => SectionCues = (i) => sectionCues(doc.sections[i].text),
): ArtefactCues {
  const parts = doc.sections.map((_, i) => cuesOf(i));
  const any = (f: (c: SectionCues) => boolean): boolean => parts.some(f);
  const cues: string[] = [];
  const input = any((c) => c.input);
  if (input && any((c) => c.output)) cues.push('an input and output contract');
  if (any((c) => c.sql) || sqlAcrossCut(doc, parts)) cues.push('SQL or a database schema');
  const verdict = any((c) => c.verdict);
  if (verdict) cues.push('a pass/fail verdict');
  if (parts.reduce((n, c) => n + c.expected, 0) >= 2) cues.push('the expected outcomes of test cases');
  if (any((c) => c.sourceFile)) cues.push('a source code file named');
  return {
    cues,
    inputDeclared: input,
    outputFormat: any((c) => c.outputFormat),
    labels: !verdict && any((c) => c.labels),
    verdict,
  };
}

/** A query that starts at a `CREATE`/`SELECT` word of a section and reads on past its end. */
function sqlAcrossCut(doc: SectionedText, parts: SectionCues[]): boolean {
  for (const [i, c] of parts.entries()) {
    for (const at of c.sqlWords ?? []) {
      SQL_QUERY_AT.lastIndex = doc.sectionStart[i] + at;
      if (SQL_QUERY_AT.test(doc.text)) return true;
    }
  }
  return false;
}
