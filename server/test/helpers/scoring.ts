/**
 * One way to score labelled sets (dev corpus, challenge and blind sets): open-domain precision,
 * recall and accuracy, human-handoff precision, recall and accuracy, per group and overall.
 */

/** A system prompt with gold labels by policy meaning (challenge and blind sets). */
export interface LabelledPrompt {
  id: string;
  /** Dominant language (BCP 47); `und-xx` for languages with no lexicon, `mixed` for code-switching. */
  lang: string;
  text: string;
  openDomain: boolean;
  hasEscalation: boolean;
  note: string;
  variables?: Record<string, string>;
}

export interface Judged {
  group: string;
  /** Printed in the list of misses. */
  label: string;
  gold: { open: boolean; handoff?: boolean };
  got: { open: boolean; handoff: boolean };
  /** Why a miss happened (the analysis reason), printed with it. */
  detail?: string;
}

export interface Tally {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Handoff: cases with a gold label, correct ones, and the confusion counts. */
  hN: number;
  hOk: number;
  htp: number;
  hfp: number;
  hfn: number;
}

const empty = (): Tally => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0, hN: 0, hOk: 0, htp: 0, hfp: 0, hfn: 0 });
/** An empty denominator counts as perfect, so a group without positives does not fail a bar. */
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function figures(t: Tally) {
  return {
    precision: ratio(t.tp, t.tp + t.fp),
    recall: ratio(t.tp, t.tp + t.fn),
    accuracy: ratio(t.tp + t.tn, t.n),
    handoffPrecision: ratio(t.htp, t.htp + t.hfp),
    handoffRecall: ratio(t.htp, t.htp + t.hfn),
    handoff: ratio(t.hOk, t.hN),
  };
}

export interface Scored {
  groups: Map<string, Tally>;
  total: Tally;
  misses: string[];
}

export function score(items: Judged[]): Scored {
  const groups = new Map<string, Tally>();
  const total = empty();
  const misses: string[] = [];
  for (const j of items) {
    const g = groups.get(j.group) ?? empty();
    groups.set(j.group, g);
    for (const t of [g, total]) {
      t.n++;
      if (j.got.open && j.gold.open) t.tp++;
      else if (j.got.open) t.fp++;
      else if (j.gold.open) t.fn++;
      else t.tn++;
      if (j.gold.handoff === undefined) continue;
      t.hN++;
      if (j.got.handoff === j.gold.handoff) t.hOk++;
      if (j.got.handoff && j.gold.handoff) t.htp++;
      else if (j.got.handoff) t.hfp++;
      else if (j.gold.handoff) t.hfn++;
    }
    const why = j.detail ? ` (${j.detail})` : '';
    if (j.got.open !== j.gold.open) misses.push(`${j.label}: open-domain ${j.got.open}, expected ${j.gold.open}${why}`);
    if (j.gold.handoff !== undefined && j.got.handoff !== j.gold.handoff)
      misses.push(`${j.label}: handoff ${j.got.handoff}, expected ${j.gold.handoff}${why}`);
  }
  return { groups, total, misses };
}

/** The per-group table and the misses, as printed by every corpus test. */
export function report(s: Scored): string {
  const cell = (x: number, d: number) => (d === 0 ? '    -' : x.toFixed(3).padStart(5));
  const row = (name: string, t: Tally) => {
    const f = figures(t);
    return [
      name.padEnd(8),
      String(t.n).padStart(4),
      cell(f.precision, t.tp + t.fp),
      cell(f.recall, t.tp + t.fn),
      cell(f.accuracy, t.n),
      cell(f.handoffPrecision, t.htp + t.hfp),
      cell(f.handoffRecall, t.htp + t.hfn),
      cell(f.handoff, t.hN),
    ].join('  ');
  };
  const lines = ['group        n  open P open R  acc    ho P   ho R   ho acc'];
  for (const [name, t] of [...s.groups].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(name, t));
  lines.push(row('all', s.total));
  if (s.misses.length) lines.push(`misses (${s.misses.length}):`, ...s.misses.map((m) => `  ${m}`));
  return lines.join('\n');
}

/** Judges labelled prompts with the analyzer directly. */
export function judgePrompts(
  cases: LabelledPrompt[],
  analyze: (
    text: string,
    variables?: Record<string, string>,
  ) => { openDomain: boolean; hasEscalation: boolean; reason?: string },
  group: (c: LabelledPrompt) => string = (c) => c.lang,
): Judged[] {
  return cases.map((c) => {
    const r = analyze(c.text, c.variables);
    return {
      group: group(c),
      label: `${c.id} [${c.lang}] ${c.note}`,
      gold: { open: c.openDomain, handoff: c.hasEscalation },
      got: { open: r.openDomain, handoff: r.hasEscalation },
      detail: r.reason,
    };
  });
}

export function uniqueIds(cases: { id: string }[]): string[] {
  const seen = new Set<string>();
  return cases.filter((c) => (seen.has(c.id) ? true : (seen.add(c.id), false))).map((c) => c.id);
}
