/** Few-shot examples: which lines are user turns and which are the bot's replies. */

import type { Doc } from './doc';
import type { Match } from './matcher';

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
  const labels: (string | undefined)[] = lines.map((_, i) => labelOf(doc, i));
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
  labelled.forEach((i, k) => {
    if (out[i] !== undefined) return;
    const next = labelled[k + 1];
    const prev = labelled[k - 1];
    if (next !== undefined && out[next] === 'assistant' && labels[next] !== labels[i]) out[i] = 'user';
    else if (prev !== undefined && out[prev] === 'user' && labels[prev] !== labels[i]) out[i] = 'assistant';
  });
  for (let i = 1; i < lines.length; i++) {
    if (
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
