/**
 * The light content test of a file whose own name says it is a prompt (`bots/fitbox/prompt.txt`,
 * `admin-bot.txt`, `config/kopikita/bot.yaml`): informal prompts have no "You are …" line, no punctuation, no
 * headings, and are written in any language, so three independent kinds of evidence are enough there, at
 * least one of which instructs (a directive, the customer named in the third person, a persona, a slot or a
 * tool): a list of canned replies addressed to the customer is no prompt.
 */
import type { PathHint } from './names';
import type { PromptSignals } from './signals';

/** The content signals of sniff.ts that the light test reads. */
type LightSignals = Pick<
  PromptSignals,
  | 'persona'
  | 'directives'
  | 'placeholders'
  | 'handoff'
  | 'address'
  | 'counterpart'
  | 'ruleList'
  | 'tools'
  | 'modelFrontMatter'
>;

const EMOJI = /\p{Extended_Pictographic}/gu;
/**
 * Imperatives that directive cue words miss because they are morphology, not words: Japanese and Korean polite
 * imperative endings (…てください, …しなさい, …하세요, …주세요, …십시오) and a Chinese sentence opening on 请.
 */
const IMPERATIVE =
  /(?:ください|なさい|하세요|주세요|십시오|하십시오)[ \t]*[。.!！]?[ \t]*$|^[ \t]*(?:[-*•][ \t]*)?请/mu;
/**
 * Words every language's prompts borrow for what the bot is (`ผู้ช่วย AI`, `asisten AI`, `KI-Assistent`, `chatbot`,
 * `WhatsApp`): upper-case AI/IA/KI only, as "ai" is a word in Italian and Portuguese.
 */
const BOT_WORD = /(?<![\p{L}\p{N}])(?:AI|IA|KI|ИИ|ШІ|GPT|LLM|[Cc]hat[Bb]ot|[Bb]ot|WhatsApp)(?![\p{L}\p{N}])/u;
const NEEDED = 3;

/** Letters and digits only, lower-case: "Olshop Dinda", `olshop-dinda` and "OlshopDinda" compare equal. */
const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The evidence found, described for `--explain-skips`; enough when it has NEEDED items, one of them instructing. */
export function lightEvidence(prose: string, s: LightSignals, hint: PathHint): string[] {
  const instructing = [
    (s.directives >= 1 || IMPERATIVE.test(prose)) && 'a directive line',
    s.counterpart && 'the customer or user named',
    s.persona && 'a persona line',
    s.placeholders && 'placeholders',
    s.tools && 'tool names',
  ].filter((x): x is string => !!x);
  if (instructing.length === 0) return [];
  const flat = squash(prose);
  const named = hint.names.find((n) => flat.includes(squash(n)));
  const other = [
    s.address && 'sentences addressed to "you"',
    s.handoff && 'handoff wording',
    s.ruleList && 'a rule list',
    (prose.match(EMOJI)?.length ?? 0) >= 1 && 'chat-style emoji',
    BOT_WORD.test(prose) && 'the bot named as an AI, a bot or a WhatsApp assistant',
    named && `the folder's name ('${named}') in the text`,
    hint.keyed && 'a key that names a prompt',
    s.modelFrontMatter && 'front matter that sets a chat model or channel',
  ].filter((x): x is string => !!x);
  return [...instructing, ...other];
}

export function lightEnough(evidence: string[]): boolean {
  return evidence.length >= NEEDED;
}
