/**
 * A heading that names a handoff ("## Escalation", "## Eskalasi") is a title, not a path: its section
 * decides. When the section offers only dead ends (a placeholder e-mail, "not configured yet") and no
 * usable path, the heading does not count either; nor when the section offers nothing and its first sentence says
 * the service comes soon ("Atendimento humano:" + "…está em implantação (em breve)…").
 */

import type { Context } from './context';
import type { Doc } from './doc';
import { ownLanguageMask } from './ownMask';
import { tokenAt } from './deadEnds';
import { toOriginal } from './normalize';
import type { Signal } from './types';
import { subsetSentences } from './handoffSubset';
import { firstNotBefore } from './search';

interface Section {
  /** Original-text range of the heading line. */
  head: [number, number];
  /** Original-text range of the section body (after the heading, up to the next heading of its level). */
  body: [number, number];
  /** Normalised start of the body. */
  bodyNorm: number;
}

/** A title written in capitals, numbered or not ("6. OPERATOR UMAN", "HUMAN HANDOFF"): a heading of level 7. */
const CAPS_TITLE = /^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?=[^\n]*\p{Lu})[\p{Lu}\p{M}\d \t&/'’-]{3,40}:?[ \t]*$/u;

/** Most tokens a capitalised title of at most 40 characters can hold (one-letter words between spaces). */
const TITLE_TOKENS = 24;

/** Each doc's sections, read once for the heading dead ends and the tier sections. */
const SECTIONS = new WeakMap<Doc, Section[]>();

function sections(doc: Doc): Section[] {
  let known = SECTIONS.get(doc);
  if (!known) SECTIONS.set(doc, (known = readSections(doc)));
  return known;
}

function readSections(doc: Doc): Section[] {
  const { lines } = doc.structure;
  const out: Section[] = [];
  const titles = lines.map((ln) => {
    if (ln.kind === 'heading' || ln.level === 7) return true;
    if ((ln.kind !== 'list' && ln.kind !== 'text') || ln.endTok - ln.firstTok > TITLE_TOKENS) return false;
    const at = toOriginal(doc.norm, ln.start, ln.end);
    return CAPS_TITLE.test(doc.text.slice(at.start, at.end));
  });
  const level = (i: number): number => (lines[i].kind === 'heading' ? lines[i].level : 7);
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (!titles[i]) continue;
    let j = i + 1;
    while (j < lines.length && !(titles[j] && level(j) <= level(i))) j++;
    const head = toOriginal(doc.norm, ln.start, ln.end);
    const endNorm = j < lines.length ? lines[j].start : doc.norm.text.length;
    const body = toOriginal(doc.norm, ln.end, Math.max(ln.end, endNorm));
    out.push({ head: [head.start, head.end], body: [body.start, body.end], bodyNorm: ln.end });
  }
  return out;
}

/** First index in the sorted `xs` with a value >= v. */
function lowerBound(xs: readonly number[], v: number): number {
  return firstNotBefore(xs.length, (i) => xs[i] < v);
}

/**
 * Demotes handoff phrases in headings whose section holds a dead end and no usable path. Signals are
 * counted per section with prefix sums over their start offsets: linear after one sort.
 */
export function headingDeadEnds(ctx: Context, signals: Signal[]): Signal[] {
  if (!signals.some((s) => s.kind === 'escalation')) return signals;
  const { doc } = ctx;
  const secs = sections(doc);
  if (secs.length === 0) return signals;
  const sorted = signals.map((s) => s.span.start).sort((a, b) => a - b);
  const byStart = [...signals].sort((a, b) => a.span.start - b.span.start);
  const esc = [0];
  const none = [0];
  for (const s of byStart) {
    esc.push(esc[esc.length - 1] + (s.kind === 'escalation' ? 1 : 0));
    none.push(none[none.length - 1] + (s.kind === 'no-escalation' ? 1 : 0));
  }
  const heads = secs.map((x) => x.head[0]);
  return signals.map((s) => {
    if (s.kind !== 'escalation') return s;
    const k = lowerBound(heads, s.span.start + 1) - 1;
    const sec = secs[k];
    if (!sec || s.span.end > sec.head[1]) return s;
    const a = lowerBound(sorted, sec.body[0]);
    const b = lowerBound(sorted, sec.body[1]);
    if (esc[b] - esc[a] > 0) return s;
    if (none[b] - none[a] === 0 && !opensSoon(ctx, sec.bodyNorm)) return s;
    return { ...s, kind: 'no-escalation', note: 'handoff heading whose section offers no usable path' };
  });
}

/** The first sentence of a section (from normalised offset `from`) holds a "soon" word of the prompt's languages. */
function opensSoon(ctx: Context, from: number): boolean {
  const { doc } = ctx;
  const a = tokenAt(doc, from);
  if (a >= doc.tokens.length) return false;
  const soon = ownLanguageMask(ctx, 'soonWord');
  const { sentence } = doc.structure;
  for (let k = a; k < doc.tokens.length && sentence[k] === sentence[a]; k++) if (soon[k]) return true;
  return false;
}

/**
 * A section under a handoff heading ("TALK TO AN AGENT", "BICARA DENGAN AGEN") whose first sentence reserves the
 * service for a customer tier ("Agent chat is only for Premium members"): every path in it, the heading included, is
 * for that tier only, not for every user of the bot (handoffSubset.ts reads the tier sentence).
 */
export function tierSections(ctx: Context, signals: Signal[]): Signal[] {
  if (!signals.some((s) => s.kind === 'escalation') || ctx.doc.matches.tierWord.length === 0) return signals;
  const subset = subsetSentences(ctx);
  if (subset.size === 0) return signals;
  const { doc } = ctx;
  const secs = sections(doc);
  if (secs.length === 0) return signals;
  const { sentence } = doc.structure;
  const reserved: [number, number][] = [];
  for (const sec of secs) {
    const a = tokenAt(doc, sec.bodyNorm);
    if (a >= doc.tokens.length || !subset.has(sentence[a])) continue;
    // A handoff heading: some handoff signal lies in it.
    if (!signals.some((s) => s.span.start >= sec.head[0] && s.span.end <= sec.head[1] && /handoff/.test(s.note ?? '')))
      continue;
    reserved.push([sec.head[0], sec.body[1]]);
  }
  if (reserved.length === 0) return signals;
  return signals.map((s) =>
    s.kind === 'escalation' && reserved.some(([x, y]) => s.span.start >= x && s.span.end <= y)
      ? { ...s, kind: 'no-escalation', note: `${s.note ?? 'handoff'}, in a section reserved for a subset of customers` }
      : s,
  );
}
