/**
 * Cues of who fills a prompt's input and who reads its output, for the not-a-bot decision (purpose.ts). They are
 * read from structure, the same in every language:
 * - what the prompt file declares (`PromptIO`, read by the format adapter): a machine output format, and a user turn
 *   that is only template slots (`Produkt: {{produkt}}`), which is data a program fills when the output is for a
 *   program too (a chat bot's user turn `{{message}}` is the customer's message);
 * - a list of labels the model must answer with: three or more lines that each start with a code-like label
 *   (`ORDER_STATUS — …`, `- BILLING: …`): an intent router outputs one of them, and a bot never answers a customer
 *   in codes.
 */
import type { PromptIO } from '../model/types';
import { isReplyField } from './pipelineCues';

export interface IoCues {
  /** The output is for a program: a declared machine format or a list of labels to answer with. */
  contract: boolean;
  /** The output is one of a fixed set of labels. */
  labels: boolean;
  /** The user turn is data a program fills: the input comes after the instructions, as a pipeline step's does. */
  filled: boolean;
  cues: string[];
}

/** Output formats a program parses. */
const MACHINE_FORMATS = /^(?:json|json_object|json_schema|jsonl|xml|yaml|csv)$/;
/** `ORDER_STATUS — …`, `- REFUND: …`, `` `SPAM` = … ``: a code-like label and what it stands for. */
const LABEL_LINE =
  /^[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?[`"']?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*[`"']?[ \t]*[—–:=-][ \t]*\S/;
/** Labels of three letters or more (`OK` is a word; `NO_MATCH`, `OTHER` are labels). */
const LABEL_MIN = 3;
/**
 * Longest gloss after a label: a label's gloss is a few words ("order or delivery"); a line of instructions under a
 * capitalised field name ("ROLE: You are Pip, the assistant of …, who helps customers with …") is longer.
 */
const GLOSS_MAX = 90;
/** Lines in a row that make a label list. */
const LIST_MIN = 3;

/** Label lines in a row in one section: at its start, at its end, the longest run, and whether it is all label lines. */
export interface LabelRuns {
  head: number;
  tail: number;
  max: number;
  whole: boolean;
}

/** The label lines of one section (a list item is a section of its own: `labelList` joins them). */
export function labelRuns(text: string): LabelRuns {
  let run = 0;
  let head = -1;
  let max = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const m = LABEL_LINE.exec(line);
    const label = m?.[0].match(/[A-Z][A-Z0-9_]*/)?.[0] ?? '';
    if (m && label.length >= LABEL_MIN && line.length - m[0].length < GLOSS_MAX) run++;
    else {
      if (head < 0) head = run;
      run = 0;
    }
    max = Math.max(max, run);
  }
  return { head: head < 0 ? run : head, tail: run, max, whole: head < 0 };
}

/** Three or more label lines in a row, across the sections in order. */
export function labelList(runs: readonly LabelRuns[]): boolean {
  let run = 0;
  for (const r of runs) {
    if (Math.max(r.max, run + r.head) >= LIST_MIN) return true;
    run = r.whole ? run + r.head : r.tail;
  }
  return false;
}

/**
 * The cues; `labels`: a section holds a label list (`labelList`, kept per section by the caller); `textContract`:
 * the instructions give a machine output format of their own (`{"label": …}`); `fields`: they list the output's
 * fields for a program (`- "tatizo": …`), which makes a user turn of slots data as well.
 */
export function ioCues(io: PromptIO | undefined, labels: boolean, textContract: boolean, fields = false): IoCues {
  const cues: string[] = [];
  // An output schema with a reply field (`reponse?: string`) is read by a program and then sent to the customer.
  const replies = !!io?.fields?.some(isReplyField);
  const machine = !!io?.output && MACHINE_FORMATS.test(io.output) && !replies;
  if (machine) cues.push(`a declared ${io!.output!.toUpperCase()} output`);
  if (labels) cues.push('a list of labels to answer with');
  const contract = !replies && (machine || labels || textContract);
  // A user turn of slots is a customer's message (`{{message}}`) as often as data: it says "a program fills it"
  // only beside an output that a program reads.
  const filled = (contract || (fields && !replies)) && io?.userSlots !== undefined;
  if (filled) cues.push('a user turn that a program fills (template slots only)');
  return { contract, labels, filled, cues };
}
