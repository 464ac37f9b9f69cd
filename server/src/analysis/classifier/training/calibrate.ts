/**
 * Calibration of the bars learned.ts applies to the classifier's opening score (grant + task-offer
 * probability), on the held-out split of the bank with a model trained without it: for each bar, the
 * precision and recall of "opens" against the clauses labeled grant or task-offer, over all held-out clauses
 * and over those that carry a negation word of their language's lexicon (the bar for a clause with a
 * negation cue). The chosen bar is the lowest from which the precision stays at TARGET_PRECISION.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { normalizeClause, words } from '../features';
import type { DecodedModel } from '../modelFile';
import { predict } from '../predict';
import type { BankClause } from './bank';

/**
 * Held-out precision the bars must keep. The bank is balanced (a fifth of its clauses open), so a clause-level
 * precision is not a prompt-level one; 0.93 keeps the bar of clauses without a negation where the dev and
 * blind sets had it (0.8; 0.95 would raise it to 0.85, costing two opened prompts for one false alarm).
 */
export const TARGET_PRECISION = 0.93;
const BARS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/** One negation entry read as word positions, each a set of alternatives ("ne .. pas": ["ne"], ["pas"]). */
type Cue = string[][];

/** The negation and postposed-negation entries of a lexicon file, read plainly (".." gaps, "+" and "*" loosened). */
function lexiconCues(lexDir: string, lang: string): Cue[] {
  const file = path.join(lexDir, `${lang.split('-')[0]}.yaml`);
  if (!fs.existsSync(file)) return [];
  const entries = (parse(fs.readFileSync(file, 'utf8')) as { entries?: Record<string, unknown[]> }).entries ?? {};
  const out: Cue[] = [];
  for (const e of [...(entries.negation ?? []), ...(entries.negationAfter ?? [])]) {
    const p = typeof e === 'string' ? e : (e as { pattern?: string }).pattern;
    if (!p) continue;
    const steps = p
      .split(/\s+/)
      .filter((w) => w && w !== '..')
      .map((w) =>
        w
          .replace(/[?]$/, '')
          .split('|')
          .map((a) => normalizeClause(a.replace(/\+/g, ' '))),
      );
    if (steps.length) out.push(steps);
  }
  return out;
}

/** Whether a clause holds one of the cues: its steps in order, as words or (unsegmented scripts) as substrings. */
function hasCue(clause: string, cues: Cue[]): boolean {
  const norm = normalizeClause(clause);
  const ws = words(norm);
  const fits = (w: string, alt: string): boolean =>
    alt.endsWith('*')
      ? w.startsWith(alt.slice(0, -1))
      : w === alt || (alt.length > 1 && !/\s/.test(alt) && /[^\x00-\u024f]/.test(alt) && w.includes(alt));
  return cues.some((steps) => {
    let i = 0;
    for (const w of ws) if (i < steps.length && steps[i].some((a) => fits(w, a))) i++;
    return i === steps.length;
  });
}

interface Row {
  bar: number;
  precision: number;
  recall: number;
  opened: number;
}

function sweep(scored: { score: number; opens: boolean }[]): Row[] {
  return BARS.map((bar) => {
    const said = scored.filter((s) => s.score >= bar);
    const hits = said.filter((s) => s.opens).length;
    const gold = scored.filter((s) => s.opens).length;
    return {
      bar,
      precision: said.length ? hits / said.length : 1,
      recall: gold ? hits / gold : 1,
      opened: said.length,
    };
  });
}

/** The lowest bar from which the precision stays at the target or above (the highest bar when none does). */
export function chooseBar(rows: Row[]): number {
  let bar = BARS[BARS.length - 1];
  for (let i = rows.length - 1; i >= 0 && rows[i].precision >= TARGET_PRECISION; i--) bar = rows[i].bar;
  return bar;
}

export interface Calibration {
  all: Row[];
  negated: Row[];
  negatedCount: number;
}

export function calibrate(model: DecodedModel, heldOut: BankClause[], lexDir: string): Calibration {
  const cues = new Map<string, Cue[]>();
  const scored = heldOut.map((c) => {
    const p = predict(model, c.text).scores;
    if (!cues.has(c.lang)) cues.set(c.lang, lexiconCues(lexDir, c.lang));
    return {
      score: p.grant + p['task-offer'],
      opens: c.label === 'grant' || c.label === 'task-offer',
      negated: hasCue(c.text, cues.get(c.lang)!),
    };
  });
  const negated = scored.filter((s) => s.negated);
  return { all: sweep(scored), negated: sweep(negated), negatedCount: negated.length };
}

export function calibrationReport(c: Calibration): string {
  const fmt = (x: number) => x.toFixed(3);
  const lines = [
    `Bar calibration on the held-out split (opens = grant + task-offer score ≥ bar; target precision ${TARGET_PRECISION})`,
    '',
    '| bar | P all | R all | opened | P negated | R negated | opened |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ];
  c.all.forEach((r, i) => {
    const n = c.negated[i];
    lines.push(
      `| ${r.bar} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${r.opened} | ${fmt(n.precision)} | ${fmt(n.recall)} | ${n.opened} |`,
    );
  });
  lines.push('', `held-out clauses with a negation word: ${c.negatedCount}`);
  lines.push(`chosen bar: ${chooseBar(c.all)} (all clauses), ${chooseBar(c.negated)} (clauses with a negation word)`);
  return lines.join('\n');
}
