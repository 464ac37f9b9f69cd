/**
 * Structural cues of a prompt whose output is an artefact for a program or for staff, not a message to a
 * customer, read without the language's vocabulary beyond a few labels every language has (`labels:` in each
 * lexicon, so a native speaker reviews them with the rest of the language): an `Input:` /
 * `Output:` contract, a database schema or SQL to write, a closed set of labels to choose one from, a source
 * file the prompt is loaded by, a pass/fail verdict and expected outcomes. Each is one cue; none decides alone (purpose.ts).
 */

import type { Labels } from './lexicons/types';
import { lexicons } from './lexicon';

/** The label words of every lexicon (`labels:` in lexicons/<lang>.yaml) as one alternation, longest first. */
function labelWords(kind: keyof Labels): string {
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

/** The structural cues of the text (a few linear scans, each one regular expression without backtracking blow-up). */
export function artefactCues(text: string): ArtefactCues {
  const cues: string[] = [];
  const p = labelPatterns();
  const input = p.input.test(text);
  if (input && p.output.test(text)) cues.push('an input and output contract');
  if (SQL.test(text)) cues.push('SQL or a database schema');
  const verdict = VERDICT.test(text);
  if (verdict) cues.push('a pass/fail verdict');
  if ((text.match(p.expected)?.length ?? 0) >= 2) cues.push('the expected outcomes of test cases');
  if (SOURCE_FILE.test(text)) cues.push('a source code file named');
  return {
    cues,
    inputDeclared: input,
    outputFormat: p.outputAsFormat.test(text),
    labels: !verdict && (CODE_LABELS.test(text) || CAPS_LABELS.test(text)),
    verdict,
  };
}
