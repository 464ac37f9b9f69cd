/** Sections and lists introduced as forbidden or out of scope ("## Never", "Do not help with:"). */

import type { Doc } from './doc';
import type { Match } from './matcher';
import { sectionEnd, type Line } from './segment';
import { instructionTokens, negativeKeyLines, readKey } from './negativeKeys';

/** A letter in any script: a line of only rule characters (`#####`, `====`) is a banner's frame, not body text. */
const LETTER = /\p{L}/u;

/** Lines under a heading or a "Never do this:" intro that contains negation, refusal or off-topic cues. */
export function negativeLines(
  doc: Doc,
  negs: readonly Match[],
  languages: readonly string[] = [],
  turned: ReadonlySet<Match> = new Set(),
): Uint8Array {
  const { lines, tokLine } = doc.structure;
  const served = servedLines(doc, turned);
  const out = new Uint8Array(lines.length);
  const cueLine = new Uint8Array(lines.length);
  // A cue in a clause before the one that introduces the list does not make it negative:
  // "What cannot be solved here, send to:" introduces where to go.
  const clauseAfter = /[,،、，;；]/;
  // A cue inside a condition states a case, not a prohibition: "## When the clinic notes don't cover it",
  // "Wenn die Unterlagen nichts dazu sagen:" introduce what to do then.
  const firstCondition = new Int32Array(lines.length).fill(-1);
  for (const c of doc.matches.conditional) {
    const l = tokLine[c.from];
    if (firstCondition[l] < 0 || c.from < firstCondition[l]) firstCondition[l] = c.from;
  }
  for (const m of [...negs, ...doc.matches.refusal]) {
    const l = tokLine[m.from];
    if (firstCondition[l] >= 0 && firstCondition[l] < m.from) continue;
    const ln = lines[l];
    const rest = doc.norm.text.slice(doc.tokens[m.to - 1].end, ln.end);
    if (!ln.colon || !clauseAfter.test(rest)) cueLine[l] = 1;
  }
  let sectionLevel = 0; // level of the negative Markdown heading we are under, 0 = none
  let listIntro = false;
  // The title block: top-level headings before any line of the body ("# Acme bot — v2, do not edit without review"
  // titles the file; its negation governs no section).
  let body = false;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (ln.kind === 'heading') {
      if (sectionLevel && ln.level > sectionLevel) {
        out[i] = 1;
        continue;
      }
      const title = !body && ln.level === 1;
      sectionLevel = cueLine[i] && !title && !servedSection(lines, i, served) ? ln.level : 0;
      listIntro = false;
      continue;
    }
    if (ln.kind === 'blank') {
      listIntro = false;
      continue;
    }
    if (!body && LETTER.test(doc.norm.text.slice(ln.start, ln.end))) body = true;
    if (sectionLevel) out[i] = 1;
    if (ln.kind === 'list') {
      if (listIntro) out[i] = 1;
    } else listIntro = false;
    if (ln.colon && cueLine[i]) listIntro = true;
  }
  listsRefusedAfter(doc, out);
  inlineLabels(doc, languages, out);
  sectionsNamedByRefusal(doc, cueLine, out);
  negativeKeyLines(doc, languages, out);
  return out;
}

/**
 * Lines that turn a refusal around ("don't refuse", "मना मत करो", "non rifiutarla"): an opening phrase that holds a
 * refusal word or a negation of its own, or a refusal a negation governs (refusalPolarity.ts).
 */
function servedLines(doc: Doc, turned: ReadonlySet<Match>): Uint8Array {
  const { lines, tokLine } = doc.structure;
  const out = new Uint8Array(lines.length);
  for (const r of turned) out[tokLine[r.from]] = 1;
  // (A refusal word, or a negation cue: "refuse" and "rifiutare" are negation cues too.)
  const refusal = new Uint8Array(doc.tokens.length);
  for (const r of [...doc.matches.refusal, ...doc.matches.negation]) refusal.fill(1, r.from, r.to);
  for (const m of [...doc.matches.grant, ...doc.matches.leak]) {
    if (refusal.subarray(m.from, m.to).includes(1)) out[tokLine[m.from]] = 1;
  }
  return out;
}

/**
 * A heading that names off-topic requests ("## Off-topic questions") is a policy about them, not a list of
 * prohibitions, when its section serves them: a line that turns a refusal around ("don't refuse — answer it
 * fully, then steer back"). What the bot does with the request decides, not the heading.
 */
function servedSection(lines: readonly Line[], h: number, served: Uint8Array): boolean {
  for (let j = h + 1, end = sectionEnd(lines, h); j < end; j++) if (served[j]) return true;
  return false;
}

/** Per line: 1 when a match of one of the categories starts on it. */
function linesOf(doc: Doc, ms: readonly Match[]): Uint8Array {
  const out = new Uint8Array(doc.structure.lines.length);
  for (const m of ms) out[doc.structure.tokLine[m.from]] = 1;
  return out;
}

/**
 * A list that a refusal right after it declines as a whole: "以下类型的请求：- 写作文 - 翻译 … 均一律婉拒",
 * "Requests such as: - homework - essays. Decline all of these." Not when the refusal is about
 * something else ("decline anything else": an off-topic cue) or the intro offers the list (an answer
 * or scope word: "You can help with:").
 */
function listsRefusedAfter(doc: Doc, out: Uint8Array): void {
  const { lines } = doc.structure;
  const refusal = linesOf(doc, doc.matches.refusal);
  const other = linesOf(doc, doc.matches.offTopic);
  const offers = linesOf(doc, [...doc.matches.answerWord, ...doc.matches.scope]);
  for (let i = 0; i < lines.length;) {
    if (lines[i].kind !== 'list') {
      i++;
      continue;
    }
    const first = i;
    while (i < lines.length && lines[i].kind === 'list') i++;
    let next = i;
    if (next < lines.length && lines[next].kind === 'blank') next++;
    const intro = first > 0 && lines[first - 1].kind === 'text' ? first - 1 : -1;
    if (
      next < lines.length &&
      lines[next].kind === 'text' &&
      refusal[next] &&
      !other[next] &&
      !(intro >= 0 && offers[intro])
    )
      out.fill(1, first, i);
  }
}

/**
 * A prose label before a colon at the start of a line (its indentation cut first), then what it labels: "Out of
 * scope: politics, recipes…". The label starts with a non-space, so no run of spaces can be split two ways.
 */
const LABEL = /^(?:[-*+•]\s+)?(?:\*\*|__)?([^:：\n*_\s][^:：\n*_]{1,59})(?:\*\*|__)?\s*[:：](?!\/)(?:\*\*|__)?\s*\S/u;

/**
 * A label written inline before a colon that reads as a prohibition or an off-topic condition ("Out of scope:
 * politics, recipes, any topic that is not X", "Fora do escopo: …", "Non rispondere a: …", "禁止：…"; read like a
 * config key, `readKey`: "No limits:" or "Unrestricted:" negate nothing): the enumeration after the colon, to the
 * end of its sentence (its wrapped lines too), is what the bot must not do, as the list under a negative heading.
 * Only an enumeration of cases: a label followed by what to do ("Off-topic: answer it anyway", "Nicht vergessen:
 * answer every question") is a policy or an instruction, which the words after the colon decide (negation scope
 * reads an instruction after "Never:").
 */
function inlineLabels(doc: Doc, languages: readonly string[], out: Uint8Array): void {
  const { lines, sentence } = doc.structure;
  let says: Uint8Array | undefined;
  let denied: Uint8Array | undefined;
  let only: Uint8Array | undefined;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (out[i] || (ln.kind !== 'text' && ln.kind !== 'list') || ln.endTok <= ln.firstTok) continue;
    const t = doc.norm.text.slice(ln.start, ln.end);
    const lead = t.length - t.trimStart().length;
    const label = LABEL.exec(lead ? t.slice(lead) : t);
    if (!label) continue;
    const reading = readKey(label[1], languages);
    if (!reading) continue;
    const colon = ln.start + lead + label[0].length - 1;
    let k = ln.firstTok;
    while (k < ln.endTok && doc.tokens[k].start < colon) k++;
    if (k >= ln.endTok) continue;
    // A label names a kind of request in a few words; a longer clause before a colon is a sentence ("No te quedes
    // solo en los seguros: …", "ne te limite pas à dire non : …"), and an "only" in it restricts, it does not refuse.
    if (k - ln.firstTok > LABEL_WORDS + (ln.kind === 'list' ? 1 : 0)) continue;
    only ??= restrictingTokens(doc);
    if (only.subarray(ln.firstTok, k).includes(1)) continue;
    // A limit denied in the label ("Sin límites:", "Keine Grenzen:") opens what follows; a key's reading counts
    // "no" words as negation only, a label's "sin", "without", "без" too.
    denied ??= deniedLimitTokens(doc);
    if (denied.subarray(ln.firstTok, k).includes(1)) continue;
    // The sentence the label opens, alone on its line, and the wrapped lines it fills ("…, qualquer assunto\nque não
    // seja a Casa Ampere."): a line where another sentence starts is not the label's.
    const sent = sentence[k];
    const whole = (l: number, from: number): boolean =>
      sentence[lines[l].endTok - 1] === sent && sentence[from] === sent;
    if (!whole(i, k)) continue;
    let end = i;
    while (
      end + 1 < lines.length &&
      lines[end + 1].kind === 'text' &&
      lines[end + 1].endTok > lines[end + 1].firstTok
    ) {
      if (sentence[lines[end + 1].firstTok] !== sent || !whole(end + 1, lines[end + 1].firstTok)) break;
      end++;
    }
    // The words after the colon, to the sentence's end on the line after the last one taken (one line at most: the
    // lines read are skipped over, so the pass stays linear).
    let stop = lines[end].endTok;
    const next = end + 1;
    while (stop < doc.tokens.length && sentence[stop] === sent && doc.structure.tokLine[stop] === next) stop++;
    const skip = end;
    if (!(says ??= instructionTokens(doc)).subarray(k, stop).includes(1)) out.fill(1, i, end + 1);
    i = skip;
  }
}

/** Most words of an inline label ("Out of scope", "Fora do escopo", "Nicht deine Aufgabe", "不回答"). */
const LABEL_WORDS = 4;

/** Per token: 1 on an "only" word or a condition word (a label is neither a restriction nor a case). */
function restrictingTokens(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  for (const m of [...doc.matches.onlyWord, ...doc.matches.conditional, ...doc.matches.additive])
    out.fill(1, m.from, m.to);
  return out;
}

/** Per token: 1 on a limit word when a "none" word or a negation also stands in its line (a denied limit). */
function deniedLimitTokens(doc: Doc): Uint8Array {
  const { tokLine } = doc.structure;
  const none = new Set<number>();
  for (const m of [...doc.matches.noneWord, ...doc.matches.negation]) none.add(tokLine[m.from]);
  const out = new Uint8Array(doc.tokens.length);
  for (const m of doc.matches.limitWord) if (none.has(tokLine[m.from])) out.fill(1, m.from, m.to);
  return out;
}

const QUOTED = /["“”«»„「」『』'](\s*[^"“”«»„「」『』'\n]{3,60}?\s*)["“”«»„「」『』']/gu;

function headingTitle(doc: Doc, ln: Line): string {
  return doc.norm.text
    .slice(ln.start, ln.end)
    .replace(/^\s*#+\s*/, '')
    .replace(/[\s:：]+$/, '')
    .trim();
}

/**
 * A refusal or negation that names a section by its heading: "the messages listed under 'Background'
 * are not your business" makes that section's lines out of scope, wherever the section is.
 */
function sectionsNamedByRefusal(doc: Doc, cueLine: Uint8Array, out: Uint8Array): void {
  const { lines } = doc.structure;
  const headings = new Map<string, number>();
  lines.forEach((ln, i) => {
    if (ln.kind === 'heading' && ln.level <= 6) headings.set(headingTitle(doc, ln), i);
  });
  if (headings.size === 0) return;
  const done = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!cueLine[i] || lines[i].kind === 'heading') continue;
    for (const q of doc.norm.text.slice(lines[i].start, lines[i].end).matchAll(QUOTED)) {
      const h = headings.get(q[1].trim());
      if (h === undefined || done.has(h)) continue;
      done.add(h);
      for (let j = h + 1, end = sectionEnd(lines, h); j < end; j++) out[j] = 1;
    }
  }
}
