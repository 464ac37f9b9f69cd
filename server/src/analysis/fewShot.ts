/** Few-shot examples: which lines are user turns and which are the bot's replies. */

import type { Doc } from './doc';
import type { Match } from './matcher';
import { type Section, sectionMemo } from './sections';
import { firstNotBefore } from './search';

export type Role = 'user' | 'assistant' | undefined;

/** Whether t[at, at + 4) starts with spaces, `*` or `_` and then a colon (not "://"). */
function colonAfter(t: string, at: number): boolean {
  const e = Math.min(t.length, at + 4);
  let j = at;
  for (; j < e; j++) {
    const c = t.charCodeAt(j);
    if (c === 42 || c === 95 || c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 0x80 && /\s/.test(t[j])) continue;
    break;
  }
  if (j >= e) return false;
  const c = t.charCodeAt(j);
  if (c !== 58 && c !== 0xff1a) return false;
  return !t.startsWith('://', at);
}

/**
 * The label of each line of the document. A section keeps its lines' labels (`sectionMemo`, section-local line
 * indexes); a line whose colon may lie past its section's end (the label is the section's last words) is read
 * on the document.
 */
function lineLabels(doc: Doc): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(doc.structure.lines.length).fill(undefined);
  let base = 0;
  for (const s of doc.sections) {
    const { labels, edge } = sectionMemo(s, 'labels', sectionLabels);
    for (const [i, label] of labels) out[base + i] = label;
    for (const i of edge) out[base + i] = labelOf(doc, base + i);
    base += s.lines.length;
  }
  return out;
}

/** The labels of a section's lines; `edge`: lines whose colon would be looked for past the section's text. */
function sectionLabels(s: Section): { labels: [number, string][]; edge: number[] } {
  const labels: [number, string][] = [];
  const edge: number[] = [];
  const t = s.norm.text;
  for (const [i, ln] of s.lines.entries()) {
    for (let k = 1; k <= 2 && ln.firstTok + k <= ln.endTok; k++) {
      const end = s.tokens[ln.firstTok - s.tokBase + k - 1].end - s.normBase;
      if (end + 4 > t.length) {
        edge.push(i);
        break;
      }
      if (colonAfter(t, end)) {
        const words = s.tokens.slice(ln.firstTok - s.tokBase, ln.firstTok - s.tokBase + k).map((x) => x.text);
        labels.push([i, words.join(' ')]);
        break;
      }
    }
  }
  return { labels, edge };
}

/** Text of a short "Label:" at the start of a line (one or two tokens), if any. */
function labelOf(doc: Doc, line: number): string | undefined {
  const ln = doc.structure.lines[line];
  for (let k = 1; k <= 2 && ln.firstTok + k <= ln.endTok; k++) {
    const last = doc.tokens[ln.firstTok + k - 1];
    if (colonAfter(doc.norm.text, last.end)) {
      return doc.tokens
        .slice(ln.firstTok, ln.firstTok + k)
        .map((t) => t.text)
        .join(' ');
    }
  }
  return undefined;
}

/**
 * Few-shot roles: a line starting with a known role label and a colon, plus its continuation lines.
 * Unknown labels ("Élève:", a bot name) take the role their alternation implies.
 */
export function roles(doc: Doc): Role[] {
  let out = byDoc.get(doc);
  if (!out) byDoc.set(doc, (out = rolesOf(doc)));
  return out;
}

/** The roles of a document, computed once per analysis (the context and the not-a-bot cues both read them). */
const byDoc = new WeakMap<Doc, Role[]>();

function rolesOf(doc: Doc): Role[] {
  const { lines, tokLine } = doc.structure;
  const out: Role[] = new Array(lines.length).fill(undefined);
  const labels = lineLabels(doc);
  // Tokens of each label (its words are joined by single spaces).
  const labelLen = labels.map((l) => {
    if (l === undefined) return 0;
    let k = 1;
    for (let p = l.indexOf(' '); p >= 0; p = l.indexOf(' ', p + 1)) k++;
    return k;
  });
  const label = (ms: readonly Match[], role: Role): void => {
    for (const m of ms) {
      const i = tokLine[m.from];
      if (lines[i].firstTok === m.from && labels[i] !== undefined && m.to - m.from === labelLen[i]) out[i] = role;
    }
  };
  label(doc.matches.userRole, 'user');
  label(doc.matches.assistantRole, 'assistant');
  const labelled = lines.map((_, i) => i).filter((i) => labels[i] !== undefined);
  for (const run of dialogueRuns(labelled)) replierTurns(run, labels, out);
  labelled.forEach((i, k) => {
    if (out[i] !== undefined) return;
    const next = labelled[k + 1];
    const prev = labelled[k - 1];
    if (next !== undefined && out[next] === 'assistant' && labels[next] !== labels[i]) out[i] = 'user';
    else if (prev !== undefined && out[prev] === 'user' && labels[prev] !== labels[i]) out[i] = 'assistant';
  });
  const frame = messageRoles(doc, out);
  for (let i = 1; i < lines.length; i++) {
    if (
      !frame[i] &&
      out[i] === undefined &&
      out[i - 1] !== undefined &&
      lines[i].kind === 'text' &&
      !lines[i].colon &&
      labels[i] === undefined
    ) {
      out[i] = out[i - 1];
    }
  }
  return out;
}

/** `"role": "user"`, `role: assistant`, `- role: human` in a chat-messages array (JSON, YAML, TOML). */
const ROLE_KEY = /["']?\brole["']?[ \t]*[:=][ \t]*["']?(user|human|customer|assistant|ai|model|bot)\b/;
const ROLE_KEYS = new RegExp(ROLE_KEY.source, 'g');
/** The message's text key: `"content": …`, `text: |`, `parts:`. */
const CONTENT_KEY = /(?:^|[\s{,])["']?(?:content|text|message|parts)["']?\s*[:=]/;
/** Lines after a role key read for its message's text key. */
const CONTENT_REACH = 3;

/**
 * Turns of a chat-messages array in a structured prompt file: the text of a message whose role is the user's is a
 * user turn (a few-shot request, not an instruction), the assistant's a reply. A YAML block value (`content: |`)
 * goes on over its more indented lines.
 */
function messageRoles(doc: Doc, out: Role[]): Uint8Array {
  const { lines } = doc.structure;
  const t = doc.norm.text;
  const frame = new Uint8Array(lines.length);
  if (!t.includes('role')) return frame;
  const indent = (i: number): number => {
    const m = /^[ \t]*/.exec(t.slice(lines[i].start, lines[i].end));
    return m ? m[0].length : 0;
  };
  // The role keys found in one pass over the text, not line by line ("role" is a common word of prompts).
  for (const m of t.matchAll(ROLE_KEYS)) {
    const i = firstNotBefore(lines.length, (x) => lines[x].start <= m.index) - 1;
    if (i < 0 || frame[i]) continue;
    frame[i] = 1;
    const role: Role = /user|human|customer/.test(m[1]) ? 'user' : 'assistant';
    // The text key after the role key, in the same message: a line that opens another message ends it.
    for (let j = i; j < lines.length && j <= i + CONTENT_REACH; j++) {
      const line = t.slice(lines[j].start, lines[j].end);
      if (j > i && (ROLE_KEY.test(line) || /^\s*[-{]/.test(line))) break;
      if (!CONTENT_KEY.test(line)) continue;
      if (out[j] === undefined) out[j] = role;
      const base = indent(j);
      let k = j + 1;
      for (; k < lines.length && (lines[k].kind === 'blank' || indent(k) > base); k++)
        if (out[k] === undefined && lines[k].kind !== 'blank') out[k] = role;
      // The brackets that close this message and open the next are frame, not a turn. They also keep a user
      // message from the reply after them: whether that reply limits is read in labelled dialogues only.
      for (; k < lines.length && BRACKETS_ONLY.test(t.slice(lines[k].start, lines[k].end)); k++) frame[k] = 1;
      break;
    }
  }
  return frame;
}

/** A line of a messages array that holds only brackets and commas (`},`, `{`, `- `). */
const BRACKETS_ONLY = /^[\s{}[\],-]*$/;

/** Most lines between two turns of one dialogue (a turn's continuation lines and blank lines). */
const TURN_GAP = 6;

/** Runs of labelled lines close enough to be one dialogue. */
function dialogueRuns(labelled: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const i of labelled) {
    const run = runs[runs.length - 1];
    if (run && i - run[run.length - 1] <= TURN_GAP) run.push(i);
    else runs.push([i]);
  }
  return runs.filter((r) => r.length >= 4);
}

/**
 * Speakers no lexicon names ("Ученик:" / "Родитель:" and "Ты:", a bot's own name): in a dialogue, the speaker who
 * answers every other turn is the bot, and each turn right before one of its replies is a customer's. The
 * replier speaks at least twice, each time after exactly one turn of someone else; of two such speakers the one
 * who speaks more, or else the one who speaks second, replies. Roles a lexicon gave are kept.
 */
function replierTurns(run: readonly number[], labels: readonly (string | undefined)[], out: Role[]): void {
  const at = new Map<string, number[]>();
  run.forEach((line, k) => {
    const ks = at.get(labels[line]!);
    if (ks) ks.push(k);
    else at.set(labels[line]!, [k]);
  });
  let best: number[] | undefined;
  for (const ks of at.values()) {
    if (ks.length < 2 || ks[0] === 0 || ks.some((k, j) => j > 0 && k - ks[j - 1] !== 2)) continue;
    if (!best || ks.length > best.length || (ks.length === best.length && ks[0] > best[0])) best = ks;
  }
  if (!best) return;
  const replier = best;
  if (replier.some((k) => out[run[k]] === 'user' || out[run[k - 1]] === 'assistant')) return;
  for (const k of replier) {
    out[run[k]] ??= 'assistant';
    out[run[k - 1]] ??= 'user';
  }
}

/** For each user-turn line, the line range of the assistant turn right after it. One backward pass. */
export function replies(doc: Doc, role: Role[]): ([number, number] | undefined)[] {
  const out: ([number, number] | undefined)[] = new Array(role.length).fill(undefined);
  let next: [number, number] | undefined;
  let end = role.length;
  for (let i = role.length - 1; i >= 0; i--) {
    if (role[i] === 'assistant') {
      if (i + 1 >= role.length || role[i + 1] !== 'assistant') end = i + 1;
      next = [i, end];
    } else if (role[i] === 'user') out[i] = next;
    else if (doc.structure.lines[i].kind !== 'blank') next = undefined;
  }
  return out;
}
