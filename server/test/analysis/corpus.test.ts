/**
 * Measures the analyzer on the dev corpus (../shared/eval): prompt files and n8n agent system
 * messages. n8n human handoff is decided by flow structure (IF nodes), so it is reported but not
 * counted in the handoff bar.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { evalDir, loadCases, type PromptCase } from './corpusCases';

const BAR = { precision: 0.95, recall: 0.95, handoff: 0.9 };

interface Row {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  hoOk: number;
  hoN: number;
}

const empty = (): Row => ({ tp: 0, fp: 0, fn: 0, tn: 0, hoOk: 0, hoN: 0 });
const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function judge(c: PromptCase): { open: boolean; handoff: boolean } {
  const rs = c.texts.map((t) => analyzePrompt(t.text, { variables: t.variables }));
  return { open: rs.some((r) => r.openDomain), handoff: rs.some((r) => r.hasEscalation) };
}

const dir = evalDir();

test('dev corpus: open-domain precision/recall and handoff accuracy per language', { skip: dir ? false : 'shared eval corpus (../shared/eval) not found' }, () => {
  const rows = new Map<string, Row>();
  const total = empty();
  const misses: string[] = [];
  for (const c of loadCases(dir!)) {
    const { open, handoff } = judge(c);
    const row = rows.get(c.label.language) ?? empty();
    rows.set(c.label.language, row);
    for (const r of [row, total]) {
      if (open && c.label.open_domain) r.tp++;
      else if (open) r.fp++;
      else if (c.label.open_domain) r.fn++;
      else r.tn++;
      if (c.label.format !== 'n8n') {
        r.hoN++;
        if (handoff === c.label.human_handoff) r.hoOk++;
      }
    }
    if (open !== c.label.open_domain) misses.push(`open-domain ${open} ≠ ${c.label.open_domain}: ${c.label.path}`);
    if (c.label.format !== 'n8n' && handoff !== c.label.human_handoff) misses.push(`handoff ${handoff} ≠ ${c.label.human_handoff}: ${c.label.path}`);
  }
  const lines = ['lang      cases  precision  recall  accuracy  handoff-acc'];
  for (const [lang, r] of [...[...rows.entries()].sort(), ['ALL', total] as const]) {
    const n = r.tp + r.fp + r.fn + r.tn;
    lines.push(`${lang.padEnd(8)} ${String(n).padStart(6)}    ${pct(r.tp, r.tp + r.fp)}  ${pct(r.tp, r.tp + r.fn)}    ${pct(r.tp + r.tn, n)}      ${pct(r.hoOk, r.hoN)}`);
  }
  console.log(lines.join('\n'));
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  const precision = total.tp / (total.tp + total.fp);
  const recall = total.tp / (total.tp + total.fn);
  const handoff = total.hoOk / total.hoN;
  assert.ok(precision >= BAR.precision, `open-domain precision ${precision.toFixed(3)} < ${BAR.precision}`);
  assert.ok(recall >= BAR.recall, `open-domain recall ${recall.toFixed(3)} < ${BAR.recall}`);
  assert.ok(handoff >= BAR.handoff, `handoff accuracy ${handoff.toFixed(3)} < ${BAR.handoff}`);
});
