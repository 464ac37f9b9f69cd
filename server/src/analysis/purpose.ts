/**
 * Prompts that are not bots: LLM-as-judge evaluators, classifiers in CI or code review, report
 * summarisers, documentation kept next to the prompts. They talk to a pipeline, not to customers,
 * so the WhatsApp rules do not apply. Recognised from structure that does not depend on the language
 * (a JSON or `LABEL: <…>` output contract, an input slot such as `{{diff}}` or `<answer>…</answer>`,
 * a shell block or file tree) plus technical words and the lexicons' `nonBot` vocabulary.
 */

import type { Doc } from './doc';

export type NotABotKind = 'evaluator or classifier' | 'documentation';

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
const TECH = /\b(diff|pull request|merge request|CI|pipeline|JSONL|CSV|git|transcripts?|rubric|LLM-as-a?-judge)\b/g;
/** A shell block or a file tree: documentation about the prompts, not a prompt. */
const SHELL_BLOCK =
  /^```(?:bash|sh|shell|console|zsh)?[ \t]*\n(?:[^\n]*\n){0,20}?[ \t]*(?:\$ |npm |npx |git |node |yarn |pnpm )/m;
const FILE_TREE = /^[ \t]*(?:[├└│]|(?:[-*][ \t]+)?`?[\w.-]+\/`?[ \t]*(?:$|[#←–—:-]))/m;
/** File paths in inline code: `support/_template.md`, `faq/`. */
const CODE_PATH = /`[\w.{}-]*(?:\/[\w.{}-]*|\.(?:md|txt|ya?ml|json))`/g;

/** `<1-5>`, `<0–10>`, "(each 1–5)": a score scale in the output contract or the criteria. */
const SCORE_SCALE = /<\s*\d{1,2}\s*[-–]\s*\d{1,3}\s*>|\([^()\n]{0,30}\b[01]\s*[-–]\s*(?:3|4|5|7|10|100)\s*\)/;

const THRESHOLD = 3;

/**
 * `describesGrants`: the prompt contains grant or leak phrases. An evaluator quotes them as what it
 * scores ("1 — answers any question on any topic"), so it still counts as one when its output is a
 * machine-readable score (`{"score": <1-5>}`); a bot that talks to people has no such contract.
 */
export function notABot(doc: Doc, describesGrants = false): NotABot | undefined {
  const { text } = doc;
  const cues: string[] = [];
  const contract = JSON_CONTRACT.test(text) || LABEL_CONTRACT.test(text);
  if (describesGrants && !(contract && SCORE_SCALE.test(text))) return undefined;
  if (JSON_CONTRACT.test(text)) cues.push('JSON output format');
  else if (LABEL_CONTRACT.test(text)) cues.push('fixed label output format');
  if (SCORE_SCALE.test(text)) cues.push('a score scale');
  if (SLOT_LINE.test(text) || TAGGED_INPUT.test(text)) cues.push('input slot for data');
  const tech = new Set([...text.matchAll(TECH)].map((m) => m[1].toLowerCase()));
  for (const t of [...tech].slice(0, 2)) cues.push(`'${t}'`);
  const words = new Set(
    doc.matches.nonBot.map((m) =>
      doc.norm.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end).toLowerCase(),
    ),
  );
  for (const w of [...words].slice(0, 2)) cues.push(`'${w}'`);
  const docs =
    (SHELL_BLOCK.test(text) ? 1 : 0) +
    (FILE_TREE.test(text) ? 1 : 0) +
    ((text.match(CODE_PATH)?.length ?? 0) >= 3 ? 1 : 0);
  if (docs === 2 || (docs === 1 && cues.length >= 2))
    return { kind: 'documentation', cues: [...(docs ? ['shell commands, a file tree or file paths'] : []), ...cues] };
  return cues.length >= THRESHOLD ? { kind: 'evaluator or classifier', cues } : undefined;
}
