/**
 * Prompts that are not bots: LLM-as-judge evaluators, classifiers in CI or code review, report
 * summarisers, documentation kept next to the prompts. They talk to a pipeline, not to customers,
 * so the WhatsApp rules do not apply. Recognised from structure that does not depend on the language
 * (a JSON or `LABEL: <…>` output contract, an input slot such as `{{diff}}` or `<answer>…</answer>`,
 * a shell block or file tree) plus technical words and the lexicons' `nonBot` vocabulary.
 */

import type { Doc } from './doc';
import { digitValue } from './digits';
import { artefactCues, sectionCues } from './artefactCues';
import {
  conversationCue,
  docFileCue,
  genericSlot,
  inputAtEnd,
  outputLength,
  pathCue,
  simulatorCue,
} from './pipelineCues';
import { sectionMemo } from './sections';
import { FIELD_LIST_MIN, fieldItems, jsonKeyList, snakeKeyItems } from './fieldList';
import { ioCues, labelList, labelRuns } from './ioCues';
import type { PromptIO } from '../model/types';
import { OFFSTAGE_CUE, saysOffstage } from './offstage';

export type NotABotKind = 'evaluator or classifier' | 'documentation' | 'pipeline step';

export interface NotABot {
  kind: NotABotKind;
  /** The cues that decided it, for the hover. */
  cues: string[];
}

/** `{"label": …}` / `{ "score":` : a machine-readable answer. */
const JSON_CONTRACT = /\{\s*"[^"\n]{1,40}"\s*:/;
/** `LABEL: <label>; REASON: <…>` : a fixed one-line answer format. */
const LABEL_CONTRACT = /(^|[\s;,])[A-Z][A-Z_]{2,}\s*:\s*</m;
/** A line that is only a template slot, `{{diff}}`, `{tickets_json}`. */
const SLOT_LINE = /^[ \t]*\{\{?\s*[\p{L}\p{N}_.]{1,60}\s*\}\}?[ \t]*$/mu;
/** Tagged input: `<answer> … </answer>`. */
const TAGGED_INPUT = /<([\p{L}_][\p{L}\p{N}_-]{0,30})>[^<\n]{0,400}<\/\1>/u;
/** Technical words of pipelines, the same in every language. */
const TECH =
  /\b(diff|pull request|merge request|CI|pipeline|JSONL|CSV|git|transcripts?|rubric|LLM-as-a?-judge|[Ff]ixtures?|[Ss]napshot|[Uu]nit tests?|[Rr]ed[- ][Tt]eam(?:ing)?|[Pp]rompt[- ]injection|SQL|Pipeline)\b/g;
/** A shell block or a file tree: documentation about the prompts, not a prompt. */
const SHELL_BLOCK =
  /^```(?:bash|sh|shell|console|zsh)?[ \t]*\n(?:[^\n]*\n){0,20}?[ \t]*(?:\$ |npm |npx |git |node |yarn |pnpm )/m;
/** `- [ ] reviewed`: a checklist for the people who write or review prompts, not an instruction to a model. */
const CHECKBOX = /^[ \t]*[-*][ \t]+\[[ xX]\][ \t]+\S/gm;
const FILE_TREE = /^[ \t]*(?:[├└│]|(?:[-*][ \t]+)?`?[\w.-]+\/`?[ \t]*(?:$|[#←–—:-]))/m;
/** File paths in inline code: `support/_template.md`, `faq/`. */
const CODE_PATH = /`[\w.{}-]*(?:\/[\w.{}-]*|\.(?:md|txt|ya?ml|json))`/g;

/** `<1-5>`, `<0–10>`, "(each 1–5)": a score scale in the output contract or the criteria. */
const SCORE_SCALE = /<\s*\d{1,2}\s*[-–]\s*\d{1,3}\s*>|\([^()\n]{0,30}\b[01]\s*[-–]\s*(?:3|4|5|7|10|100)\s*\)/;

/**
 * `"none" | "low" | "high"`, `<yes|no>`, `ORDER_STATUS | DELIVERY | OTHER`: the labels a classifier must choose
 * from (bare labels: three or more upper-case codes, the same in every language).
 */
const LABEL_SET =
  /"[^"\n]{1,24}"\s*\|\s*"[^"\n]{1,24}"|<[^<>|\n]{1,24}(?:\|[^<>|\n]{1,24}){1,8}>|\b[A-Z][A-Z_]{2,24}(?:[ \t]*\|[ \t]*[A-Z][A-Z_]{2,24}){2,}\b/;
/** `Format: Markdown`, `Output – JSON`: a labelled line naming a document format (the names are the same in every language). */
const OUTPUT_FORMAT = /^[ \t]*[\p{L}\p{M} ]{2,24}[:：–-][ \t]*(?:markdown|json|jsonl|csv|html|yaml|xml)\b/imu;
/** "1 to 5", "১ থেকে ৫", "1–10" in any script's digits: a rating scale written out. */
const SCALE_WORDS = /(?<!\p{Nd})(\p{Nd})[ \t]*(?:\p{L}[\p{L}\p{M}]{0,7}|[-–])[ \t]*(\p{Nd}{1,3})(?!\p{Nd})/gu;
/** `CSV: date, channel, intent, escalated`: the columns of a data export the model is given. */
const DATA_SCHEMA =
  /\b(?:CSV|TSV|JSONL?|XLSX?)\s*[:：]\s*[\p{L}_][\p{L}\p{N}_ ]{0,30}(?:,\s*[\p{L}_][\p{L}\p{N}_ ]{0,30}){2,}/u;
/** Pipeline words that make a quoted grant a thing being judged, not a thing granted. */
const JUDGE_WORDS = new Set([
  'diff',
  'pull request',
  'merge request',
  'rubric',
  'llm-as-judge',
  'llm-as-a-judge',
  'transcript',
  'transcripts',
]);

const THRESHOLD = 3;
const SLOT_CUE = 'input slot for data';
const FORMAT_CUE = 'a document output format';
const LABELS_CUE = 'a set of labels to choose from';
const FIELDS_CUE = 'a list of output fields or labels for a program';

function writtenScale(text: string): boolean {
  for (const m of text.matchAll(SCALE_WORDS)) {
    const low = digitValue(m[1]);
    const high = [...m[2]].reduce((n, d) => n * 10 + digitValue(d), 0);
    if (low <= 1 && [3, 4, 5, 7, 10, 100].includes(high)) return true;
  }
  return false;
}

/** The cues of one section that no line break interrupts, so the document's are its sections' in order. */
interface LineCues {
  writtenScale: boolean;
  tech: string[];
  codePaths: number;
  outputFormat: boolean;
  taggedInput: boolean;
  fileTree: boolean;
  fields: number;
  snakeKeys: number;
  checkboxes: number;
}

function lineCues(text: string): LineCues {
  return {
    writtenScale: writtenScale(text),
    tech: [...text.matchAll(TECH)].map((m) => m[1].toLowerCase()),
    codePaths: text.match(CODE_PATH)?.length ?? 0,
    outputFormat: OUTPUT_FORMAT.test(text),
    taggedInput: TAGGED_INPUT.test(text),
    fileTree: FILE_TREE.test(text),
    fields: fieldItems(text),
    snakeKeys: snakeKeyItems(text),
    checkboxes: text.match(CHECKBOX)?.length ?? 0,
  };
}

/** `# Title` first, then two `## Section` headings: the outline of a Markdown document (one linear scan). */
export function outline(text: string): boolean {
  return /^\s*# \S/.test(text) && (text.match(/^## \S/gm)?.length ?? 0) >= 2;
}

/**
 * `describesGrants`: the prompt contains grant or leak phrases. An evaluator quotes them as what it
 * scores ("1 — answers any question on any topic"), so it still counts as one when its output is a
 * machine-readable score (`{"score": <1-5>}`); a bot that talks to people has no such contract.
 * `'task'`: the only openings are one or two task offers ("translate the text below"): the one task a
 * pipeline step performs on its input, so a step can still be recognised (never by the score tier alone).
 * `path`: the file's path or URI, whose folders and name are cues too.
 */
export function notABot(
  doc: Doc,
  describesGrants: boolean | 'task' = false,
  path?: string,
  io?: PromptIO,
  addressesModel = false,
  silent = false,
): NotABot | undefined {
  const { text } = doc;
  const cues: string[] = [];
  // Kept per section text: an edit re-reads only the section it touched.
  const lines = doc.sections.map((s) => sectionMemo(s, 'notABot', (x) => lineCues(x.text)));
  // Who fills the input and who reads the output (the file's declaration, a list of labels to answer with).
  const listed = labelList(doc.sections.map((s) => sectionMemo(s, 'labelRuns', (x) => labelRuns(x.text))));
  const json = JSON_CONTRACT.test(text);
  // A label contract needs a '<': most prompts have none, and then the pattern is not tried at every space.
  const label = !json && text.includes('<') && LABEL_CONTRACT.test(text);
  const scale = SCORE_SCALE.test(text) || lines.some((c) => c.writtenScale);
  const tech = new Set(lines.flatMap((c) => c.tech));
  // `- supplier_name` items in a prompt that names JSON: the keys of the object it returns (fieldList.ts).
  const jsonKeys = jsonKeyList(
    text,
    lines.reduce((n, c) => n + c.snakeKeys, 0),
  );
  const fields = jsonKeys || lines.reduce((n, c) => n + c.fields, 0) >= FIELD_LIST_MIN;
  const declared = ioCues(io, listed, json || label, fields);
  const contract = declared.contract;
  // The keys or labels a program reads back: the messages quoted beside them are what is sorted, not what is granted.
  const judged =
    scale || fields || declared.labels || LABEL_SET.test(text) || [...tech].some((t) => JUDGE_WORDS.has(t));
  const artefact = artefactCues(doc, (i) => sectionMemo(doc.sections[i], 'artefactCues', (s) => sectionCues(s.text)));
  // Grants quoted by a judge's rubric or a test script's attacks are what is scored or tried, not what is granted.
  const blocked = describesGrants !== false && !(contract && judged) && !artefact.verdict;
  const docFile = docFileCue(path);
  // A simulated customer of the bot under test: its grants are what it asks the bot, not what it offers.
  const simulator = simulatorCue(path);
  if (simulator && !docFile) return { kind: 'pipeline step', cues: [simulator] };
  // Grants or leaks that no cue below can explain away: a bot, decided before the rest is read.
  if (blocked && describesGrants !== 'task' && !docFile) return undefined;
  if (json) cues.push('JSON output format');
  else if (label) cues.push('fixed label output format');
  else if (lines.some((c) => c.outputFormat) || artefact.outputFormat || jsonKeys) cues.push(FORMAT_CUE);
  if (scale) cues.push('a score scale');
  else if (LABEL_SET.test(text) || artefact.labels) cues.push(LABELS_CUE);
  else if (fields) cues.push(FIELDS_CUE);
  if (lines.some((c) => c.taggedInput) || SLOT_LINE.test(text)) cues.push(SLOT_CUE);
  if (DATA_SCHEMA.test(text)) cues.push('the columns of a data export as input');
  cues.push(...declared.cues);
  cues.push(...artefact.cues);
  for (const t of [...tech].slice(0, 2)) cues.push(`'${t}'`);
  const words = new Set(
    doc.matches.nonBot.map((m) =>
      doc.norm.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end).toLowerCase(),
    ),
  );
  for (const w of [...words].filter((x) => !tech.has(x)).slice(0, 2)) cues.push(`'${w}'`);
  const docs =
    (SHELL_BLOCK.test(text) ? 1 : 0) +
    (lines.some((c) => c.fileTree) ? 1 : 0) +
    (lines.reduce((n, c) => n + c.codePaths, 0) >= 3 ? 1 : 0) +
    (lines.reduce((n, c) => n + c.checkboxes, 0) >= 2 ? 1 : 0) +
    (docFile ? 1 : 0) +
    // A docs folder's outline is a page's, unless the text speaks to the model as its persona (`docs/prompts/bot.md`).
    (docFile && outline(text) && !addressesModel ? 1 : 0);
  // A README or docs page quotes the phrases it forbids: its grants are examples, not the bot's.
  if ((docFile && docs >= 2) || (!blocked && (docs >= 2 || (docs === 1 && cues.length >= 2)))) {
    const why = [...(docFile ? ['a README or docs file'] : []), ...(docs > +docFile ? [DOC_CUE] : [])];
    return { kind: 'documentation', cues: [...why, ...cues] };
  }
  if (blocked && describesGrants !== 'task') return undefined;
  // Who reads the output decides: a prompt that says its output never reaches the customer processes the
  // dialogues it shows (offstage.ts).
  const offstage = silent || saysOffstage(doc);
  // A reply field or a sample dialogue of the bot: it talks to people, whatever else it outputs.
  if (!offstage && conversationCue(doc)) return undefined;
  if (!blocked && cues.length >= THRESHOLD) return { kind: 'evaluator or classifier', cues };
  const output = contract || cues.includes(FORMAT_CUE) || cues.includes(LABELS_CUE) || cues.includes(FIELDS_CUE);
  return pipelineStep(doc, cues, {
    path,
    task: blocked,
    output,
    input: artefact.inputDeclared || io?.userSlots !== undefined,
    filled: declared.filled,
    offstage,
  });
}

interface StepContext {
  path: string | undefined;
  /** The prompt offers one task (see `notABot`). */
  task: boolean;
  /** Its first cue is an output contract (JSON, labels, a document format). */
  output: boolean;
  /** The input is declared with a label (`Input: …`), or is the file's user turn of template slots. */
  input: boolean;
  /** The file's user turn is data a program fills (`ioCues`). */
  filled: boolean;
  /** The prompt says its output does not reach the customer (offstage.ts). */
  offstage: boolean;
}

const DOC_CUE = 'shell commands, a file tree, file paths, a checklist or a document outline';

/**
 * A step of a pipeline (extraction, translation, a draft for staff, a test fixture): one or two of the cues
 * above, plus where the file sits, the input placed after the instructions and a slot named for any input
 * (`{{input}}`, `{{text}}`). Never when the prompt shows the
 * bot in a dialogue or gives it a reply field for the user: those talk to people.
 */
function pipelineStep(doc: Doc, cues: string[], at: StepContext): NotABot | undefined {
  const slot = cues.includes(SLOT_CUE);
  const end = inputAtEnd(doc.text);
  // A prompt that offers a task performs it on an input it is given, or it offers it to people.
  if (at.task && !slot && !end && !at.input) return undefined;
  // A slot line already counted is counted again for standing last only after an output contract: a document
  // appended to instructions that end in a format is processed, a knowledge slot at a bot's end is not.
  const last = (end && (!slot || at.output)) || at.filled;
  const step = [
    pathCue(at.path),
    last ? 'the input placed after the instructions' : undefined,
    genericSlot(doc.text) ? 'a slot named for any input' : undefined,
    outputLength(doc.text) ? 'a length for the output text' : undefined,
    at.offstage ? OFFSTAGE_CUE : undefined,
  ].filter((c): c is string => c !== undefined);
  // Said to reach staff or a program and not the customer: one more cue of any tier is enough.
  if (at.offstage)
    return cues.length + step.length >= 2 ? { kind: 'pipeline step', cues: [...cues, ...step] } : undefined;
  // Without any cue of the tiers above, only all of where it sits, its input last and a generic slot do.
  if (cues.length === 0 && step.length < 3) return undefined;
  if (cues.length + step.length < THRESHOLD || conversationCue(doc)) return undefined;
  return { kind: 'pipeline step', cues: [...cues, ...step] };
}
