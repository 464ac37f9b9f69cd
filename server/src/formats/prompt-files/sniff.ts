/**
 * Content-based discovery of plain system prompts: is a Markdown/text file, whose name does not say
 * so, a system prompt? It is when its text addresses an AI assistant — a persona line ("You are …")
 * plus independent instruction signals (directive lines, prompt section headings, {{placeholders}},
 * tool/handoff instructions) — and does not read like a repository's documentation. Precision
 * matters more than recall: a wrong "yes" lints a README. The cue words are data (cues.yaml).
 */
import { parse } from 'yaml';
import cuesYaml from './cues.yaml';

/** Only the start of a file is read; larger files are not prompts. */
export const SNIFF_HEAD_CHARS = 8 * 1024;
export const SNIFF_MAX_CHARS = 256 * 1024;

type CueKey = 'persona' | 'directive' | 'heading' | 'handoff' | 'docHeading' | 'tutorial';
type CueFile = Record<CueKey, Record<string, string[]>>;

/** A line cue: the line starts with `start` (and contains `part` further on, when given). */
interface LineCue {
  start: string;
  part?: string;
  /** Latin-script cues end at a word boundary; CJK/Thai/… cues need not. */
  boundary: boolean;
}

interface Cues {
  persona: LineCue[];
  directive: LineCue[];
  heading: LineCue[];
  docHeading: LineCue[];
  handoff: string[];
  tutorial: string[];
}

let cache: Cues | undefined;

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
  const all = (k: CueKey) => [...new Set(Object.values(data[k] ?? {}).flat().map(String))];
  cache = {
    persona: all('persona').map(lineCue),
    directive: all('directive').map(lineCue),
    heading: all('heading').map(lineCue),
    docHeading: all('docHeading').map(lineCue),
    handoff: all('handoff').map(norm),
    tutorial: all('tutorial').map(norm),
  };
  return cache;
}

function lineMatches(line: string, list: LineCue[]): boolean {
  return list.some((c) => {
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
    else if (/^\s*#{1,6}\s/.test(raw) || /^\s*\*\*[^*]{1,40}\*\*:?\s*$/.test(raw)) out.headings.push(bare(raw).replace(/[*:：]+$/, '').trim());
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
  const shell = /^\s*(?:\$\s|npm |npx |yarn |pnpm |pip3? install|git clone|docker(?:-compose)? |curl |cd |python3? |node |go run|cargo )/m;
  if (lines.fenced.some((l) => shell.test(l)) || lines.prose.some((l) => shell.test(l))) found.push('shell commands');
  if (/!\[[^\]]*\]\([^)]*\)|\[!\[/.test(text)) found.push('images or badges');
  if ((text.match(/\]\((?:https?:|\.{0,2}\/|#)[^)]*\)/g) ?? []).length >= 3) found.push('many links');
  if (/^\s*#{1,6}\s*\[?v?\d+\.\d+(?:\.\d+)?\]?/m.test(text)) found.push('version headings');
  const low = norm(text);
  const talk = c.tutorial.find((t) => low.includes(t));
  if (talk) found.push(`it talks about the project or the prompt ("${talk.trim()}")`);
  return found;
}

export interface PromptSignals {
  persona: boolean;
  directives: number;
  headings: number;
  placeholders: boolean;
  handoff: boolean;
}

function promptSignals(lines: Lines): PromptSignals {
  const c = cues();
  const prose = lines.prose.map(bare);
  const low = prose.join('\n');
  return {
    persona: prose.some((l) => lineMatches(l, c.persona)),
    directives: prose.filter((l) => lineMatches(l, c.directive)).length,
    headings: lines.headings.filter((h) => lineMatches(h, c.heading)).length,
    placeholders: /\{\{\s*[\p{L}_][\p{L}\p{N}_.]*\s*\}\}|\{[a-z]+_[a-z_]+\}|\[\[[a-z_]+\]\]/u.test(low),
    handoff: c.handoff.some((h) => low.includes(h)),
  };
}

/** Points for each independent signal; the persona line is worth two. */
export function promptScore(s: PromptSignals): number {
  return (s.persona ? 2 : 0) + (s.directives >= 2 ? 1 : 0) + (s.directives >= 4 ? 1 : 0) + (s.headings ? 1 : 0) + (s.placeholders ? 1 : 0) + (s.handoff ? 1 : 0);
}

const NEEDED = 4;
const NEEDED_WITH_HINT = 3;

/**
 * `true` when the text reads as a system prompt; otherwise why not ("reads like documentation: …",
 * "no instruction to an assistant found …"). `nameHint`: the file's name or folder suggests a prompt.
 */
export function sniffPrompt(text: string, nameHint: boolean): true | string {
  if (text.length > SNIFF_MAX_CHARS) return `over ${SNIFF_MAX_CHARS / 1024} KB: too large for a system prompt`;
  const head = text.slice(0, SNIFF_HEAD_CHARS);
  const lines = splitLines(head);
  const docs = docEvidence(head, lines);
  const signals = promptSignals(lines);
  const score = promptScore(signals);
  // A persona line is required unless the name hints and there are rules; documentation raises the bar.
  const needed = (nameHint ? NEEDED_WITH_HINT : NEEDED) + docs.length * 2;
  const shaped = signals.persona || (nameHint && signals.directives >= 2);
  if (docs.length >= 2) return `reads like documentation: ${docs.join(', ')}`;
  if (shaped && score >= needed) return true;
  if (docs.length) return `reads like documentation: ${docs.join(', ')}`;
  return `no instruction to an assistant found (${describe(signals, score, needed, shaped)})`;
}

function describe(s: PromptSignals, score: number, needed: number, shaped: boolean): string {
  const seen = [s.persona && 'a "You are …" line', s.directives && `${s.directives} directive line(s)`, s.headings && 'prompt section headings', s.placeholders && 'placeholders', s.handoff && 'handoff/tool wording'].filter(Boolean);
  return `${seen.length ? `seen: ${seen.join(', ')}` : 'no persona line, rules or placeholders'}; score ${score} of ${needed} needed${shaped ? '' : ', and a "You are …" line is needed'}`;
}
