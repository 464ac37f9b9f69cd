/**
 * Structural cues of a prompt whose output is an artefact for a program or for staff, not a message to a
 * customer, read without the language's vocabulary beyond a few labels every language has: an `Input:` /
 * `Output:` contract, a database schema or SQL to write, a closed set of labels to choose one from, a source
 * file the prompt is loaded by, a pass/fail verdict and expected outcomes. Each is one cue; none decides alone (purpose.ts).
 */

/** The words for "input" and "output" used as a line's label (`Input:`, `Eingabe:`, `Вхід:`, `入力：`). */
const INPUT_WORDS =
  'input|inputs|eingabe|entrada|entrée|entree|ingresso|invoer|masukan|girdi|вход|входные данные|вхід|wejście|intrare|bemenet|είσοδος|קלט|المدخلات|الإدخال|ورودی|इनपुट|ইনপুট|உள்ளீடு|đầu vào|ข้อมูลเข้า|อินพุต|输入|輸入|入力|입력|pembolehubah masuk|ingizo';
const OUTPUT_WORDS =
  'output|outputs|ausgabe|salida|saída|saida|sortie|uscita|uitvoer|keluaran|çıktı|cikti|выход|выходные данные|вихід|wyjście|ieșire|iesire|kimenet|έξοδος|פלט|المخرجات|الإخراج|خروجی|आउटपुट|আউটপুট|வெளியீடு|đầu ra|ข้อมูลออก|เอาต์พุต|输出|輸出|出力|출력|matokeo';
const label = (words: string) =>
  new RegExp(String.raw`^[ \t]*(?:[-*#>]+[ \t]*)?(?:\*\*|__)?(?:${words})(?:\*\*|__)?[ \t]*[:：]`, 'imu');
const INPUT_LABEL = label(INPUT_WORDS);
const OUTPUT_LABEL = label(OUTPUT_WORDS);

/** `Ausgabe als Markdown`, `output in JSON`, `出力：CSV`: the output named as a document format right after its word. */
const OUTPUT_AS_FORMAT = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${OUTPUT_WORDS})[^\p{L}\n]{0,3}(?:\p{L}{1,6}[^\p{L}\n]{1,3})?(?:markdown|json|jsonl|csv|html|yaml|xml)\b`,
  'iu',
);

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

/** `Expected:`, `Erwartet:`, `期待：`: the expected outcome of a test case, in the words test scripts use. */
const EXPECTED =
  /(?:^|[^\p{L}])(?:expected(?: result| behaviou?r)?|esperado|resultado esperado|erwartet|attendu|atteso|diharapkan|hasil yang diharapkan|ожидается|очікується|beklenen|oczekiwane|verwacht|mong đợi|kết quả mong đợi|المتوقع|अपेक्षित|期待|预期|預期|기대 결과|예상)[ \t]*[:：]/giu;

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
  const input = INPUT_LABEL.test(text);
  if (input && OUTPUT_LABEL.test(text)) cues.push('an input and output contract');
  if (SQL.test(text)) cues.push('SQL or a database schema');
  const verdict = VERDICT.test(text);
  if (verdict) cues.push('a pass/fail verdict');
  if ((text.match(EXPECTED)?.length ?? 0) >= 2) cues.push('the expected outcomes of test cases');
  if (SOURCE_FILE.test(text)) cues.push('a source code file named');
  return {
    cues,
    inputDeclared: input,
    outputFormat: OUTPUT_AS_FORMAT.test(text),
    labels: !verdict && (CODE_LABELS.test(text) || CAPS_LABELS.test(text)),
    verdict,
  };
}
