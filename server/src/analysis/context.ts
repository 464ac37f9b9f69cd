/**
 * Decides whether a grant-like phrase is neutralised by its context: negation, refusal in the same
 * sentence, a negative section heading, a few-shot user turn, quotation, or domain qualification.
 */

import type { Doc } from './doc';
import type { Category } from './lexicon';
import type { Match } from './matcher';

/** Categories whose own wording may contain negation words ("no topic restriction", "not related"). */
const MASKING: Category[] = ['grant', 'task', 'leak', 'offTopic', 'noEscalation'];
const COMMA = /[,，،、:：(（)）]/;
const PRE_WINDOW = 12;
const POST_WINDOW = 4;

export type Role = 'user' | 'assistant' | undefined;

export interface Context {
  doc: Doc;
  /** 1 for tokens that start (2) or continue (1) a negation cue that is not part of a masking phrase. */
  negEnd: Uint8Array;
  contrast: Uint8Array;
  conditional: Uint8Array;
  /** Sentence ids containing a refusal (not overlapping an opening phrase). */
  refusalSentences: Set<number>;
  negationSentences: Set<number>;
  /** Per line: inside a section or list introduced as forbidden / out of scope. */
  negativeLine: Uint8Array;
  /** Per line: few-shot role. */
  role: Role[];
}

function mark(arr: Uint8Array, ms: readonly Match[], useEnd = false): void {
  for (const m of ms) {
    if (useEnd) arr[m.b - 1] = 1;
    else for (let k = m.a; k < m.b; k++) arr[k] = 1;
  }
}

function overlaps(m: Match, mask: Uint8Array): boolean {
  for (let k = m.a; k < m.b; k++) if (mask[k]) return true;
  return false;
}

export function buildContext(doc: Doc): Context {
  const n = doc.tokens.length;
  const { sentence } = doc.st;
  const mask = new Uint8Array(n);
  for (const c of MASKING) mark(mask, doc.by[c]);
  const opening = new Uint8Array(n);
  for (const c of ['grant', 'task', 'leak'] as Category[]) mark(opening, doc.by[c]);

  const negs = doc.by.negation.filter((m) => !overlaps(m, mask));
  const negEnd = new Uint8Array(n);
  mark(negEnd, negs, true);
  const contrast = new Uint8Array(n);
  mark(contrast, doc.by.contrast);
  const conditional = new Uint8Array(n);
  mark(conditional, doc.by.conditional);
  const refusalSentences = new Set(doc.by.refusal.filter((m) => !overlaps(m, opening)).map((m) => sentence[m.a]));
  const negationSentences = new Set(negs.map((m) => sentence[m.a]));

  return {
    doc, negEnd, contrast, conditional, refusalSentences, negationSentences,
    negativeLine: negativeLines(doc, negs),
    role: roles(doc),
  };
}

function commaBetween(doc: Doc, k: number): boolean {
  return COMMA.test(doc.nt.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start));
}

/**
 * A negation cue before `a` in the same sentence, within `window` tokens, not beyond a contrast word,
 * and not inside a conditional clause that ended before the phrase ("if you cannot X, do Y").
 */
export function negatedBefore(ctx: Context, a: number, window = PRE_WINDOW): boolean {
  const { sentence } = ctx.doc.st;
  let crossedComma = false;
  for (let k = a - 1; k >= 0 && k >= a - window && sentence[k] === sentence[a]; k--) {
    if (ctx.contrast[k]) return false;
    if (commaBetween(ctx.doc, k + 1)) crossedComma = true;
    if (ctx.negEnd[k]) return !(crossedComma && conditionalBefore(ctx, k));
  }
  return false;
}

function conditionalBefore(ctx: Context, k: number): boolean {
  const { sentence } = ctx.doc.st;
  for (let j = k; j >= 0 && sentence[j] === sentence[k]; j--) if (ctx.conditional[j]) return true;
  return false;
}

export function negatedAfter(ctx: Context, m: Match): boolean {
  const { sentence } = ctx.doc.st;
  return ctx.doc.by.negationAfter.some((x) => {
    if (x.a < m.b || x.a > m.b + POST_WINDOW || sentence[x.a] !== sentence[m.a]) return false;
    for (let k = m.b; k <= x.a; k++) if (commaBetween(ctx.doc, k)) return false;
    return true;
  });
}

/** Domain qualification: "any question about your booking", "关于订单的任何问题". */
export function domainQualified(ctx: Context, m: Match): boolean {
  const { by, st } = ctx.doc;
  const s = st.sentence[m.a];
  const broadAt = (k: number): boolean => by.broad.some((x) => x.a === k || x.a === k + 1);
  for (const q of by.qualifier) {
    if (q.a >= m.b && q.a <= m.b + POST_WINDOW && st.sentence[q.a] === s) {
      return q.b < ctx.doc.tokens.length && st.sentence[q.b] === s && !broadAt(q.b);
    }
  }
  for (const q of by.qualifierBefore) {
    if (q.b <= m.a && q.b >= m.a - 8 && st.sentence[q.a] === s) {
      return !by.broad.some((x) => x.a >= q.b && x.b <= m.a);
    }
  }
  return false;
}

/** Lines under a heading or a "Never do this:" intro that contains negation, refusal or off-topic cues. */
function negativeLines(doc: Doc, negs: readonly Match[]): Uint8Array {
  const { lines, tokLine } = doc.st;
  const out = new Uint8Array(lines.length);
  const cueLine = new Uint8Array(lines.length);
  for (const m of [...negs, ...doc.by.refusal]) cueLine[tokLine[m.a]] = 1;
  let sectionLevel = 0; // level of the negative Markdown heading we are under, 0 = none
  let listIntro = false;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (ln.kind === 'heading') {
      if (sectionLevel && ln.level > sectionLevel) {
        out[i] = 1;
        continue;
      }
      sectionLevel = cueLine[i] ? ln.level : 0;
      listIntro = false;
      continue;
    }
    if (ln.kind === 'blank') {
      listIntro = false;
      continue;
    }
    if (sectionLevel) out[i] = 1;
    if (ln.kind === 'list') {
      if (listIntro) out[i] = 1;
    } else listIntro = false;
    if (ln.colon && cueLine[i]) listIntro = true;
  }
  return out;
}

/** Text of a short "Label:" at the start of a line (one or two tokens), if any. */
function labelOf(doc: Doc, line: number): string | undefined {
  const ln = doc.st.lines[line];
  for (let k = 1; k <= 2 && ln.firstTok + k <= ln.endTok; k++) {
    const last = doc.tokens[ln.firstTok + k - 1];
    const after = doc.nt.text.slice(last.end, last.end + 4);
    if (/^[\s*_]*[:：]/.test(after) && !after.startsWith('://')) {
      return doc.tokens.slice(ln.firstTok, ln.firstTok + k).map((t) => t.text).join(' ');
    }
  }
  return undefined;
}

/**
 * Few-shot roles: a line starting with a known role label and a colon, plus its continuation lines.
 * Unknown labels ("Élève:", a bot name) take the role their alternation implies.
 */
function roles(doc: Doc): Role[] {
  const { lines, tokLine } = doc.st;
  const out: Role[] = new Array(lines.length).fill(undefined);
  const labels: (string | undefined)[] = lines.map((_, i) => labelOf(doc, i));
  const label = (ms: readonly Match[], role: Role): void => {
    for (const m of ms) {
      const i = tokLine[m.a];
      if (lines[i].firstTok === m.a && labels[i] !== undefined && m.b - m.a === labels[i]!.split(' ').length) out[i] = role;
    }
  };
  label(doc.by.userRole, 'user');
  label(doc.by.assistantRole, 'assistant');
  const labelled = lines.map((_, i) => i).filter((i) => labels[i] !== undefined);
  labelled.forEach((i, k) => {
    if (out[i] !== undefined) return;
    const next = labelled[k + 1];
    const prev = labelled[k - 1];
    if (next !== undefined && out[next] === 'assistant' && labels[next] !== labels[i]) out[i] = 'user';
    else if (prev !== undefined && out[prev] === 'user' && labels[prev] !== labels[i]) out[i] = 'assistant';
  });
  for (let i = 1; i < lines.length; i++) {
    if (out[i] === undefined && out[i - 1] !== undefined && lines[i].kind === 'text' && !lines[i].colon && labels[i] === undefined) {
      out[i] = out[i - 1];
    }
  }
  return out;
}

/** The next assistant turn after a user turn on `line`, as a line range, if any. */
export function replyAfter(ctx: Context, line: number): [number, number] | undefined {
  let i = line + 1;
  while (i < ctx.role.length && ctx.role[i] === 'user') i++;
  while (i < ctx.role.length && ctx.doc.st.lines[i].kind === 'blank') i++;
  if (i >= ctx.role.length || ctx.role[i] !== 'assistant') return undefined;
  let j = i;
  while (j < ctx.role.length && ctx.role[j] === 'assistant') j++;
  return [i, j];
}
