/**
 * Content-based discovery of plain system prompts: is a Markdown/text file, whose name does not say
 * so, a system prompt? It is when its text addresses an AI assistant — a persona line ("You are …")
 * plus independent instruction signals (directive lines, prompt section headings, {{placeholders}},
 * tool/handoff instructions) — and does not read like a repository's documentation. Precision
 * matters more than recall: a wrong "yes" lints a README. The cue words are data (cues.yaml).
 */
import { parse } from 'yaml';
import cuesYaml from './cues.yaml';
import { frontMatterBounds } from '../shared/frontMatter';
import { MODEL_NAMES } from './modelNames';
import { promptShape } from './structure';
import { lightEnough, lightEvidence } from './lightEvidence';
import type { PathHint } from './names';
import type { PromptSignals } from './signals';

/** Only the start of a file is read; larger files are not prompts. */
export const SNIFF_HEAD_CHARS = 8 * 1024;
export const SNIFF_MAX_CHARS = 256 * 1024;

type CueKey =
  | 'persona'
  | 'personaEnd'
  | 'directive'
  | 'directiveEnd'
  | 'heading'
  | 'handoff'
  | 'docHeading'
  | 'tutorial'
  | 'address'
  | 'counterpart';
type CueFile = Record<CueKey, Record<string, string[]>>;

/** A line cue: the line starts with `start` (and contains `part` further on, when given). */
interface LineCue {
  start: string;
  part?: string;
  /** Latin-script cues end at a word boundary; CJK/Thai/… cues need not. */
  boundary: boolean;
}

/** Line cues by their first character: a line is compared with the few cues that can start it. */
type CueIndex = Map<string, LineCue[]>;

interface Cues {
  persona: CueIndex;
  /** Persona endings ("…asistanısın", "…도우미입니다"), matched at the end of a sentence (personaEnd in cues.yaml). */
  personaEnd: LineCue[];
  directive: CueIndex;
  /** Imperative endings, matched at the end of a sentence (directiveEnd in cues.yaml). */
  directiveEnd: LineCue[];
  heading: CueIndex;
  docHeading: CueIndex;
  handoff: string[];
  tutorial: string[];
  counterpart: string[];
  /** "you" words: whole words, and substrings for scripts written without spaces. */
  addressWords: Set<string>;
  addressParts: string[];
}

let cache: Cues | undefined;

/** Letters of scripts written without spaces between words (Hangul too: its cues are matched the same way). */
const UNSPACED_CLASS =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]';
/** Their cues match as substrings. */
const UNSPACED = new RegExp(UNSPACED_CLASS, 'u');
/** Where persona lines are looked for: the opening of the text, not a "You are now ready" deep in a guide. */
const PERSONA_SENTENCES = 12;

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

function lineCue(raw: string): LineCue {
  // Split before normalising: NFKC turns "…" into "...".
  const [start, part] = raw.split(/\s*…\s*/).map(norm);
  return { start, part: part || undefined, boundary: /[\p{Script=Latin}\p{Script=Cyrillic}]$/u.test(start) };
}

function cues(): Cues {
  if (cache) return cache;
  const data = parse(cuesYaml) as CueFile;
  const all = (k: CueKey) => [
    ...new Set(
      Object.values(data[k] ?? {})
        .flat()
        .map(String),
    ),
  ];
  cache = {
    persona: indexed(all('persona').map(lineCue)),
    personaEnd: all('personaEnd').map(endCue),
    directive: indexed(all('directive').map(lineCue)),
    directiveEnd: all('directiveEnd').map(endCue),
    heading: indexed(all('heading').map(lineCue)),
    docHeading: indexed(all('docHeading').map(lineCue)),
    handoff: all('handoff').map(norm),
    tutorial: all('tutorial').map(norm),
    counterpart: all('counterpart').map(norm),
    addressWords: new Set(
      all('address')
        .map(norm)
        .filter((w) => !UNSPACED.test(w)),
    ),
    addressParts: all('address')
      .map(norm)
      .filter((w) => UNSPACED.test(w)),
  };
  return cache;
}

/** An ending cue: in a spaced script (Bengali, Devanagari) it must start a word; in CJK it need not. */
function endCue(raw: string): LineCue {
  const start = norm(raw);
  return { start, boundary: !UNSPACED.test(start) };
}

/** Closing punctuation and spaces after a sentence's last word. */
const SENTENCE_CLOSE = /[\s。．.!！?？)）」』"'”’…।॥|]+$/u;

/** The sentence ends on one of the given endings (an imperative, a persona's copula). */
function endsOnDirective(sentence: string, ends: LineCue[]): boolean {
  const body = sentence.replace(SENTENCE_CLOSE, '');
  return ends.some((c) => {
    if (!body.endsWith(c.start)) return false;
    const before = body.charAt(body.length - c.start.length - 1);
    return !c.boundary || !before || !/[\p{L}\p{M}\p{N}]/u.test(before);
  });
}

function indexed(list: LineCue[]): CueIndex {
  const out: CueIndex = new Map();
  for (const c of list) out.set(c.start.charAt(0), [...(out.get(c.start.charAt(0)) ?? []), c]);
  return out;
}

function lineMatches(line: string, index: CueIndex): boolean {
  return (index.get(line.charAt(0)) ?? []).some((c) => {
    if (!line.startsWith(c.start)) return false;
    const next = line.charAt(c.start.length);
    if (c.boundary && next && /[\p{L}\p{N}]/u.test(next)) return false;
    return !c.part || line.includes(c.part, c.start.length);
  });
}

/** A line without its Markdown decoration: heading marks, bullets, numbering, bold/italic, quotes. */
function bare(line: string): string {
  return norm(line.replace(/^\s*(?:#{1,6}\s+|[-*+•]\s+|\d+[.)]\s+)?(?:\*\*|__|\*|_)?/, '')).trim();
}

interface Lines {
  /** Prose lines outside code fences and block quotes (what the file says itself). */
  prose: string[];
  headings: string[];
  fences: number;
  fenced: string[];
}

function splitLines(text: string): Lines {
  const out: Lines = { prose: [], headings: [], fences: 0, fenced: [] };
  let inFence = false;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      if (!inFence) out.fences++;
      inFence = !inFence;
      continue;
    }
    if (inFence) out.fenced.push(raw);
    else if (/^\s*>/.test(raw)) continue;
    else if (/^\s*#{1,6}\s/.test(raw) || /^\s*\*\*[^*]{1,40}\*\*:?\s*$/.test(raw))
      out.headings.push(
        bare(raw)
          .replace(/[*:：]+$/, '')
          .trim(),
      );
    else if (raw.trim()) out.prose.push(raw);
  }
  return out;
}

/** Signs that a file is a repository's documentation or an article, each with a short description. */
function docEvidence(text: string, lines: Lines): string[] {
  const c = cues();
  const found: string[] = [];
  const docHeads = lines.headings.filter((h) => lineMatches(h, c.docHeading));
  if (docHeads.length) found.push(`headings such as "${docHeads[0]}"`);
  const shell =
    /^\s*(?:\$\s|npm |npx |yarn |pnpm |pip3? install|git clone|docker(?:-compose)? |curl |cd |python3? |node |go run|cargo )/m;
  if (lines.fenced.some((l) => shell.test(l)) || lines.prose.some((l) => shell.test(l))) found.push('shell commands');
  if (/!\[[^\]]*\]\([^)]*\)|\[!\[/.test(text)) found.push('images or badges');
  if ((text.match(/\]\((?:https?:|\.{0,2}\/|#)[^)]*\)/g) ?? []).length >= 3) found.push('many links');
  if (/^\s*#{1,6}\s*\[?v?\d+\.\d+(?:\.\d+)?\]?/m.test(text)) found.push('version headings');
  // Only the prose: a template's own header comment ("# System prompt template v2") is no article.
  const low = norm(lines.prose.join('\n'));
  const talk = c.tutorial.find((t) => low.includes(t));
  if (talk) found.push(`it talks about the project or the prompt ("${talk.trim()}")`);
  return found;
}

/** Prose sentences, without Markdown decoration at their start. */
function sentences(prose: string[]): string[] {
  return prose
    .flatMap((l) => bare(l).split(/(?<=[.!?;])\s+|(?<=[。！？；।])/u))
    .map((x) => bare(x))
    .filter(Boolean);
}

function addresses(sentence: string, c: Cues): boolean {
  if (c.addressParts.some((p) => sentence.includes(p))) return true;
  return sentence.split(/[^\p{L}\p{M}\p{N}']+/u).some((w) => c.addressWords.has(w));
}

function promptSignals(lines: Lines): PromptSignals {
  const c = cues();
  const said = sentences(lines.prose);
  const low = said.join('\n');
  const opening = said.slice(0, PERSONA_SENTENCES);
  const addressed = said.filter((x) => addresses(x, c)).length;
  const shape = promptShape(lines.prose);
  const isPersona = (l: string) => lineMatches(l, c.persona) || endsOnDirective(l, c.personaEnd);
  return {
    // A persona cue in the opening, or a first sentence that starts by addressing the model ("Você atende …").
    persona: opening.some(isPersona) || (!!said[0] && addressesAtStart(said[0], c)),
    opensOnPersona: !!said[0] && (isPersona(said[0]) || addressesAtStart(said[0], c)),
    directives: said.filter((l) => lineMatches(l, c.directive) || endsOnDirective(l, c.directiveEnd)).length,
    headings: [...lines.headings, ...shape.labels].filter((h) => lineMatches(h, c.heading)).length,
    placeholders: /\{\{\s*[\p{L}_][\p{L}\p{N}_.]*\s*\}\}|\{[a-z]+_[a-z_]+\}|\[\[[a-z_]+\]\]/u.test(low),
    handoff: c.handoff.some((h) => low.includes(h)),
    address: addressed >= 3 && addressed * 4 >= said.length,
    counterpart: said.filter((x) => c.counterpart.some((w) => x.includes(w))).length >= 2,
    ruleList: shape.listItems >= 3,
    tools: shape.tools,
  };
}

function addressesAtStart(sentence: string, c: Cues): boolean {
  if (c.addressParts.some((p) => sentence.startsWith(p))) return true;
  const first = sentence.split(/[^\p{L}\p{M}\p{N}']+/u)[0];
  return c.addressWords.has(first);
}

/**
 * Points for each independent signal; the persona line is worth two, three when the text opens on it
 * (a short prompt, "You are X. Help …", is often nothing else; documents rarely open by addressing "you").
 */
export function promptScore(s: PromptSignals): number {
  const flags = [
    s.directives >= 2,
    s.directives >= 4,
    s.headings > 0,
    s.placeholders,
    s.handoff,
    s.address,
    s.counterpart,
    s.opensOnPersona,
    s.ruleList,
    s.tools,
    !!s.modelFrontMatter,
  ];
  return (s.persona ? 2 : 0) + flags.filter(Boolean).length;
}

const NEEDED = 4;
const NEEDED_WITH_HINT = 3;

/**
 * `true` when the text reads as a system prompt; otherwise why not ("reads like documentation: …",
 * "no instruction to an assistant found …"). `nameHint`: the file's name or folder suggests a prompt.
 */
/** Front matter of a VS Code prompt/instruction file (`mode: agent`, `tools: [...]`, `applyTo: '**'`). */
const VSCODE_FRONT_MATTER = /^---\r?\n(?:[^\n]*\n){0,20}?(?:mode|tools|applyTo)\s*:/;

/** Where front matter may end: it is the file's header, not a document. */
const FRONT_MATTER_MAX = 2048;

/**
 * A setting of a chat model or of the WhatsApp channel in front matter (`model: gpt-4o`, `model: mistral-large-latest`,
 * `channel: whatsapp`): the file below it is what that model is given, as in a `.prompty` file.
 */
const MODEL_SETTING = new RegExp(
  `^[ \\t]*(?:model|model_?name|llm|deployment)[ \\t]*:[ \\t]*["']?(?:[\\w.-]+\\/)?(?:${MODEL_NAMES})|^[ \\t]*(?:channel|platform|kanal|canal)[ \\t]*:[ \\t]*["']?whatsapp`,
  'im',
);

export function sniffPrompt(text: string, nameHint: boolean, hint?: PathHint): true | string {
  if (text.length > SNIFF_MAX_CHARS) return `over ${SNIFF_MAX_CHARS / 1024} KB: too large for a system prompt`;
  const head = text.slice(0, SNIFF_HEAD_CHARS);
  if (VSCODE_FRONT_MATTER.test(head))
    return 'a VS Code prompt or instruction file (front matter with mode, tools or applyTo)';
  const front = frontMatterBounds(head.slice(0, FRONT_MATTER_MAX));
  const lines = splitLines(front ? head.slice(front.bodyStart) : head);
  const docs = docEvidence(head, lines);
  const modelFrontMatter = !!front && MODEL_SETTING.test(head.slice(front.start, front.end));
  const signals = { ...promptSignals(lines), modelFrontMatter };
  const score = promptScore(signals);
  // Documentation raises the bar.
  const needed = (nameHint ? NEEDED_WITH_HINT : NEEDED) + docs.length * 2;
  const shaped = signals.persona || (nameHint && hintedShape(signals));
  if (docs.length >= 2) return `reads like documentation: ${docs.join(', ')}`;
  if (shaped && score >= needed) return true;
  // A key that names the system prompt already says what its text is: natural language there is the prompt.
  if (hint?.explicit && !docs.length) {
    const prose = naturalLanguage(lines.prose.join('\n'));
    if (prose === true) return true;
    return `no instruction to an assistant found: the key names a prompt, but its text is not natural language (${prose})`;
  }
  if (docs.length) return `reads like documentation: ${docs.join(', ')}`;
  // A file named as the prompt (`bots/fitbox/prompt.txt`) needs only light evidence, in any language.
  if (hint?.strong && lightEnough(lightEvidence(lines.prose.join('\n'), signals, hint))) return true;
  return `no instruction to an assistant found (${describe(signals, score, needed, shaped)})`;
}

/** Words of two or more letters; letters of scripts written without spaces count by the character. */
const WORD = /[\p{L}\p{M}]{2,}/gu;
const UNSPACED_LETTER = new RegExp(UNSPACED_CLASS, 'gu');
const MIN_WORDS = 8;
const MIN_UNSPACED = 25;

/**
 * `true` when a text is natural language (sentences of words), else what it looks like instead: a label, an
 * identifier, a URL, code or data. Linear: one pass per pattern.
 */
export function naturalLanguage(text: string): true | string {
  // Tags of an XML-tagged prompt (`<scope>…</scope>`, `<![CDATA[`) are its layout, not code.
  const body = text
    .replace(/<[^<>\n]{0,200}>/g, ' ')
    // Jinja/Django tags of a template prompt (`{% if company %}`, `{# note #}`) are its layout too.
    .replace(/\{%[^\n]{0,200}?%\}|\{#[^\n]{0,200}?#\}/g, ' ')
    .replace(/https?:\/\/\S+|\{\{[^{}\n]{0,80}\}\}|\{[\p{L}_][\p{L}\p{N}_.]{0,40}\}/gu, ' ');
  const words = body.match(WORD)?.length ?? 0;
  const unspaced = body.match(UNSPACED_LETTER)?.length ?? 0;
  if (words < MIN_WORDS && unspaced < MIN_UNSPACED) return `${words} word(s): a label or a value, not instructions`;
  const distinct = new Set(body.toLowerCase().match(WORD) ?? []).size;
  if (unspaced < MIN_UNSPACED && distinct < MIN_WORDS / 2 + 1)
    return `${distinct} distinct words: filler, not instructions`;
  const visible = body.replace(/\s+/g, '');
  const letters = visible.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
  if (letters < visible.length * 0.6) return 'mostly symbols or digits: code or data, not prose';
  const code = body.match(/[{};=<>]|=>|\(\)/g)?.length ?? 0;
  if (code * 12 > words + unspaced / 2) return 'reads like code or markup';
  return true;
}

/**
 * Without a persona line, a file whose path hints at a bot is still a prompt when it is laid out as one:
 * addressed to "you", with directives or structure (rules, a rule list, tools, {{slots}}, sections);
 * or, in a language without cue words, with two kinds of structure.
 */
function hintedShape(s: PromptSignals): boolean {
  const structure = [s.ruleList, s.tools, s.placeholders, s.headings > 0].filter(Boolean).length;
  return (s.address && (s.directives >= 2 || structure >= 1)) || structure >= 2;
}

function describe(s: PromptSignals, score: number, needed: number, shaped: boolean): string {
  const seen = [
    s.persona && 'a "You are …" line',
    s.directives && `${s.directives} directive line(s)`,
    s.headings && 'prompt section headings',
    s.placeholders && 'placeholders',
    s.handoff && 'handoff/tool wording',
    s.address && 'sentences addressed to "you"',
    s.counterpart && 'mentions of the user/customer',
    s.ruleList && 'a rule list',
    s.tools && 'tool names',
    s.modelFrontMatter && 'front matter that sets a chat model or channel',
  ].filter(Boolean);
  return `${seen.length ? `seen: ${seen.join(', ')}` : 'no persona line, rules or placeholders'}; score ${score} of ${needed} needed${shaped ? '' : ', and a "You are …" line is needed'}`;
}

/**
 * The text speaks to the model itself: a persona line in its opening ("You are …", "Sen … asistanısın", "Bạn là …")
 * outside quotations, and the text reads as a prompt by the discovery's own evidence (documentation raises its bar).
 * A prompt kept in `docs/prompts/` reads so; a guide on writing prompts quotes its personas in code or quotes.
 */
export function addressesModel(text: string): boolean {
  const head = text.slice(0, SNIFF_HEAD_CHARS);
  const lines = splitLines(head);
  const own = { ...lines, prose: lines.prose.filter((l) => !QUOTED_LINE.test(l)) };
  return promptSignals(own).persona && sniffPrompt(text, false) === true;
}

/** A line that opens on a quotation mark: quoted speech, such as a guide's example prompt. */
const QUOTED_LINE = /^\s*(?:[-*+•]\s+)?["“„«「『'‘]/u;
