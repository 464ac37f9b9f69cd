/**
 * Breadth by enumeration: a bare task noun (recipes, homework, translation) is no offer on its own,
 * but a sentence or a list that allows tasks from three or more unrelated domains describes a
 * general-purpose assistant, with or without an "any question" phrase.
 */

import type { Doc } from './doc';
import type { Match } from './matcher';

export const MIN_DOMAINS = 3;
const OFF_TOPIC_REACH = 6;

/** Per token: the block it belongs to, a sentence or a run of list items with the line that introduces it. */
function blocks(doc: Doc): Int32Array {
  const { lines, tokLine, sentence } = doc.st;
  const lineBlock = new Int32Array(lines.length).fill(-1);
  let id = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'list') continue;
    const prev = i > 0 && lines[i - 1].kind === 'list' ? lineBlock[i - 1] : -1;
    if (prev >= 0) lineBlock[i] = prev;
    else {
      lineBlock[i] = ++id;
      if (i > 0 && lines[i - 1].colon && lines[i - 1].kind !== 'blank') lineBlock[i - 1] = id;
    }
  }
  const out = new Int32Array(tokLine.length);
  // Sentence ids and block ids live in separate ranges: blocks are negative.
  for (let k = 0; k < tokLine.length; k++)
    out[k] = lineBlock[tokLine[k]] >= 0 ? -lineBlock[tokLine[k]] : sentence[k] + 1;
  return out;
}

export interface Breadth {
  /** Domain matches that belong to a broad enumeration. */
  broad: Set<Match>;
  /** Most distinct domains found in one block. */
  widest: number;
}

/** Which domain matches count as an offer: those in a block spanning MIN_DOMAINS or more domains. */
export function enumerationBreadth(doc: Doc, domainMatches: readonly Match[]): Breadth {
  const broad = new Set<Match>();
  if (domainMatches.length < MIN_DOMAINS)
    return { broad, widest: new Set(domainMatches.map((m) => m.pattern.domain)).size };
  const block = blocks(doc);
  const byBlock = new Map<number, Match[]>();
  for (const m of domainMatches) {
    const list = byBlock.get(block[m.a]);
    if (list) list.push(m);
    else byBlock.set(block[m.a], [m]);
  }
  // "Unrelated requests (homework, recipes, code)": a list right after an off-topic cue gives examples of what is out of scope.
  const offTopicEnd = new Map<number, number>();
  for (const o of doc.by.offTopic) offTopicEnd.set(block[o.a], Math.max(offTopicEnd.get(block[o.a]) ?? -1, o.b));
  let widest = 0;
  for (const [id, ms] of byBlock) {
    const off = offTopicEnd.get(id);
    if (off !== undefined && off <= ms[0].a && ms[0].a - off <= OFF_TOPIC_REACH) continue;
    const n = new Set(ms.map((m) => m.pattern.domain)).size;
    widest = Math.max(widest, n);
    if (n >= MIN_DOMAINS) for (const m of ms) broad.add(m);
  }
  return { broad, widest };
}
