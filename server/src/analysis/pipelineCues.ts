/**
 * Cues of a prompt that is one step of a pipeline rather than a bot: the model is handed a document and asked
 * for an artefact (extraction, translation, a summary, a label, a draft for staff), nobody converses with it.
 * Read from what does not depend on the language: where the file sits (`tests/fixtures/`, `pipelines/`,
 * `evals/`), the input placed after the instructions (`Text:\n{{text}}`, `<email>…</email>`), and, against it,
 * what a bot talking to people has and a pipeline has not: dialogue turns of the bot and a reply field for the
 * user in its output contract.
 */

import type { Doc } from './doc';
import { roles } from './fewShot';

/** Folders of tests, evaluations, batch jobs and tooling: what sits there is run by code, not by customers. */
const PIPELINE_DIRS = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'fixture',
  'fixtures',
  'testdata',
  'golden',
  'eval',
  'evals',
  'evaluation',
  'evaluations',
  'judge',
  'judges',
  'grader',
  'graders',
  'pipeline',
  'pipelines',
  'job',
  'jobs',
  'etl',
  'batch',
  'cron',
  'worker',
  'workers',
  'ci',
  '.github',
  'internal',
  'interno',
  'interna',
  'interne',
  'intern',
  'tools',
  'scripts',
  'extraction',
  'extractors',
  'moderation',
  'classifiers',
  'routing',
  'reports',
  'reporting',
  'analytics',
  'backoffice',
  'back-office',
  'ops',
  'offline',
]);

/** Words of a file name that name a pipeline step (`invoice_extractor.md`, `judge_tr.txt`), English by convention. */
const STEP_NAME =
  /(?:^|[^a-z])(?:extract\w*|translat\w*|summar\w*|classif\w*|router|routing|moderat\w*|judge|grader|eval|evaluator|rubric|fixture|tagger|tagging|labell?er|digest|report|generator|rewrite\w*|rephras\w*|paraphras\w*|parser|ocr|sentiment|redact\w*|anonymi[sz]\w*|toxicity)(?:[^a-z]|$)/;

/** Documentation files by name: a README next to the prompts describes them, it is not one. */
const DOC_NAME = /^(?:readme|contributing|changelog|conventions|guidelines|styleguide|style-guide)(?:\.[\w-]+)*$/i;

/** The directories (nearest three) and the file name of a path or `file:` URI. */
function pathParts(path: string): { dirs: string[]; name: string } {
  const parts = decodeURIComponentSafe(path).replace(/\\/g, '/').split('/').filter(Boolean);
  const name = parts.pop() ?? '';
  return { dirs: parts.slice(-3).map((d) => d.toLowerCase()), name };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `a pipeline or test folder ('fixtures/')`, `a step's file name ('invoice-extractor')`, or nothing. */
export function pathCue(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const { dirs, name } = pathParts(path);
  const dir = dirs.find((d) => PIPELINE_DIRS.has(d));
  if (dir) return `a pipeline, test or tooling folder ('${dir}/')`;
  const stem = name.toLowerCase().replace(/\.[^.]*$/, '');
  if (STEP_NAME.test(stem)) return `a pipeline step's file name ('${name}')`;
  return undefined;
}

/** Words of a folder or file name that name a test double playing the bot's user (`simulator/`, `simulated_customer`). */
const SIMULATOR = /(?:^|[^a-z])(?:simulat\w*|user[-_]?sim|customer[-_]?sim)(?:[^a-z]|$)/;

/**
 * A test double: a file under a test, evaluation or tooling folder whose folder or name says it simulates
 * (`tests/simulator/persona.prompt`, `evals/simulated_customer.txt`). The model plays the customer of the bot under
 * test, whatever language the prompt is in; nobody on WhatsApp talks to it.
 */
export function simulatorCue(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const { dirs, name } = pathParts(path);
  if (!dirs.some((d) => PIPELINE_DIRS.has(d))) return undefined;
  const stem = name.toLowerCase().replace(/\.[^.]*$/, '');
  const named = [...dirs, stem].find((d) => SIMULATOR.test(d));
  return named ? `a test double in a test folder ('${named}')` : undefined;
}

/** Folders of documentation for people (the same as discovery's, formats/prompt-files/names.ts). */
const DOC_DIRS = new Set(['docs', 'doc', 'documentation', 'wiki', 'handbook', 'guides']);

/** A README, CONTRIBUTING or changelog file, or one in a `docs/`, `wiki/` or `handbook/` folder. */
export function docFileCue(path: string | undefined): boolean {
  if (!path) return false;
  const { dirs, name } = pathParts(path);
  return DOC_NAME.test(name) || dirs.some((d) => DOC_DIRS.has(d));
}

/** A template slot in any of the usual syntaxes: `{{text}}`, `{text}`, `${text}`, `[[text]]`, `<<text>>`. */
const SLOT = /\{\{[^{}\n]{1,60}\}\}|\$?\{[\p{L}_][\p{L}\p{N}_.]{0,40}\}|\[\[[^\]\n]{1,40}\]\]|<<[^<>\n]{1,40}>>/u;
/** A line that only closes a delimited input: ``` , """ , </email>, ---, ###, ===. */
const CLOSER = /^[ \t]*(?:```|"""|'''|<\/[\p{L}_][\p{L}\p{N}_-]{0,30}>|-{3,}|#{3,}|={3,}|\]|\})[ \t]*$/u;
/** A tagged block that holds only a slot or nothing (`<email>{{email}}</email>`, `<doc></doc>`). */
const EMPTY_TAG =
  /<([\p{L}_][\p{L}\p{N}_-]{0,30})>\s*(?:\{\{[^{}\n]{1,60}\}\}|\{[\p{L}_][\p{L}\p{N}_]{0,40}\})?\s*<\/\1>/u;

/**
 * The input comes last: one of the last four non-empty lines holds a slot, or the prompt ends with an empty
 * tagged block for the document. A bot's template names its business in the middle of its instructions; a
 * pipeline step appends the document it processes (and at most a last line on the output).
 */
export function inputAtEnd(text: string): boolean {
  const tail = text.slice(Math.max(0, text.length - 800)).split('\n');
  let seen = 0;
  for (let i = tail.length - 1; i >= 0 && seen < 4; i--) {
    const line = tail[i];
    if (!line.trim() || CLOSER.test(line)) continue;
    seen++;
    if (SLOT.test(line) || EMPTY_TAG.test(line)) return true;
  }
  return false;
}

/** Slot names that stand for whatever is processed, not for a business's details (`{{input}}`, `{text}`). */
const GENERIC_SLOT =
  /\{\{?\s*(?:input|inputs|text|texts|content|document|source|source_text|data|payload|query|entrada|eingabe|texto|texte|teks|testo|tekst|metin|girdi|ввод|текст|输入|文本|入力|テキスト)\s*\}\}?/iu;

/** A slot named for any input, as test fixtures and generic steps have. */
export function genericSlot(text: string): boolean {
  return GENERIC_SLOT.test(text);
}

/**
 * `60-90 words`, `höchstens 150 Zeichen`, `不超过 120 字`, `200字以内`: a number of words, characters or sentences
 * of the text to produce. The units are few in each language; they are listed here for the languages with a
 * lexicon (a bot's "keep it short" has no count of units, and its count alone decides nothing).
 */
const NUMBER = /(?<!\p{Nd})\p{Nd}{1,5}/gu;
const UNIT =
  /[ \t]*(?:words?|characters?|chars|sentences|palabras|caracteres|palavras|mots|caractères|wörter[n]?|zeichen|sätze|kata|karakter|kalimat|слов[а]?|символ\p{L}*|предложени\p{L}*|kelime|cümle|كلمة|كلمات|کلمه|parole|caratteri|frasi|woorden|tekens|słów|znaków|slov|znaků|từ|ký tự|शब्द|단어|λέξεις|χαρακτήρες|מילים|תווים|শব্দ|অক্ষর|maneno|herufi|الفاظ|حروف)(?![\p{L}])|[ \t]*(?:字|文字|자|எழுத்து|சொற்கள|வார்த்தை|ตัวอักษร)/iuy;

/**
 * A count of words, characters or sentences for the output. The units are tried only right after a number (a
 * sticky pattern): one pattern with the units' alternation tried at every position of a long prompt cost more
 * than the rest of the not-a-bot cues together.
 */
export function outputLength(text: string): boolean {
  for (const m of text.matchAll(NUMBER)) {
    UNIT.lastIndex = m.index + m[0].length;
    if (UNIT.test(text)) return true;
  }
  return false;
}

/** `"reply": …`, `"respuesta":`: an output field that is the message sent to the person in the chat. */
const REPLY_FIELD =
  /"(?:reply|answer|response|message_to_(?:user|customer)|respuesta|resposta|réponse|reponse|antwort|risposta|jawaban|balasan|cevap|yanıt|yanit|ответ|відповідь|回复|回答|返信|응답|답변|trả_lời|tra_loi|jibu|jawapan|उत्तर|جواب|رد|תשובה)"\s*:/iu;

/** `reponse`, `reply`: an output field named as the message sent to the person in the chat. */
export const isReplyField = (name: string): boolean => REPLY_FIELD.test(`"${name}":`);

/**
 * What a bot talking to people has and a pipeline step has not: a sample dialogue whose bot turns are written
 * out (not a slot to be judged), or an output contract with a reply field for the user. Returns why, if any.
 */
export function conversationCue(doc: Doc): string | undefined {
  if (REPLY_FIELD.test(doc.text)) return 'a reply field for the user in its output';
  if (doc.matches.assistantRole.length === 0) return undefined;
  const role = roles(doc);
  const { lines } = doc.structure;
  let user = false;
  for (let i = 0; i < role.length; i++) {
    if (role[i] === 'user') user = true;
    if (role[i] !== 'assistant') continue;
    const ln = lines[i];
    const body = doc.norm.text.slice(doc.tokens[ln.firstTok]?.start ?? 0, doc.tokens[ln.endTok - 1]?.end ?? 0);
    if (!SLOT.test(body) && ln.endTok - ln.firstTok > 3) return 'a sample dialogue with the bot';
    // `User: {input}` then an empty `Assistant:` turn: a chat template the bot completes.
    if (user && ln.endTok - ln.firstTok <= 2) return 'a chat template with the bot';
  }
  return undefined;
}
