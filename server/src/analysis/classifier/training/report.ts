/** Held-out accuracy per label and per language, printed as Markdown tables. */

import { CLAUSE_LABELS } from '../labels';
import type { BankClause } from './bank';

export interface Outcome {
  clause: BankClause;
  predicted: string;
}

const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : '–');

export function accuracyReport(outcomes: Outcome[], title = 'Held-out clauses'): string {
  const lines: string[] = [];
  const right = outcomes.filter((o) => o.predicted === o.clause.label).length;
  lines.push(`${title}: ${outcomes.length}, accuracy ${pct(right, outcomes.length)}`, '');
  lines.push('| label | tested | recall | precision |', '|---|---:|---:|---:|');
  for (const label of CLAUSE_LABELS) {
    const gold = outcomes.filter((o) => o.clause.label === label);
    const said = outcomes.filter((o) => o.predicted === label);
    const hits = gold.filter((o) => o.predicted === label).length;
    lines.push(`| ${label} | ${gold.length} | ${pct(hits, gold.length)} | ${pct(hits, said.length)} |`);
  }
  lines.push('', '| language | tested | accuracy |', '|---|---:|---:|');
  const langs = [...new Set(outcomes.map((o) => o.clause.lang))].sort();
  for (const lang of langs) {
    const mine = outcomes.filter((o) => o.clause.lang === lang);
    lines.push(
      `| ${lang} | ${mine.length} | ${pct(mine.filter((o) => o.predicted === o.clause.label).length, mine.length)} |`,
    );
  }
  return lines.join('\n');
}

/** The misclassified held-out clauses, for reading. */
export function errorList(outcomes: Outcome[]): string {
  return outcomes
    .filter((o) => o.predicted !== o.clause.label)
    .map((o) => `  [${o.clause.lang}] ${o.clause.label} → ${o.predicted}: ${o.clause.text}`)
    .join('\n');
}

/** Share of right predictions, as text. */
export function accuracy(outcomes: Outcome[]): string {
  return `${outcomes.filter((o) => o.predicted === o.clause.label).length}/${outcomes.length} = ${pct(
    outcomes.filter((o) => o.predicted === o.clause.label).length,
    outcomes.length,
  )}`;
}
