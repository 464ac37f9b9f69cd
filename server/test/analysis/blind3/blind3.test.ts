// Blind set 3: 100 prompts in thirteen languages plus Hinglish and code-switching, written before reading the analyzer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { blind3Cases } from './cases';

/** Floors set just under the measured figures (see the commit history for the first blind figures). */
const FLOOR = { precision: 0.9, recall: 0.9, handoff: 0.9 };

interface Tally { tp: number; fp: number; fn: number; tn: number; hOk: number; n: number }
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, hOk: 0, n: 0 });
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

test('blind set 3: open-domain precision/recall and handoff accuracy', () => {
  const all = empty();
  const byLang = new Map<string, Tally>();
  const misses: string[] = [];
  for (const k of blind3Cases) {
    const r = analyzePrompt(k.text);
    const t = byLang.get(k.lang) ?? empty();
    byLang.set(k.lang, t);
    for (const x of [all, t]) {
      x.n++;
      if (r.openDomain && k.openDomain) x.tp++;
      else if (r.openDomain && !k.openDomain) x.fp++;
      else if (!r.openDomain && k.openDomain) x.fn++;
      else x.tn++;
      if (r.hasEscalation === k.hasEscalation) x.hOk++;
    }
    if (r.openDomain !== k.openDomain) misses.push(`${k.id} open: expected ${k.openDomain}, got ${r.openDomain} (${k.note}) reason=${r.reason ?? ''}`);
    if (r.hasEscalation !== k.hasEscalation) misses.push(`${k.id} handoff: expected ${k.hasEscalation}, got ${r.hasEscalation} (${k.note})`);
  }
  const fmt = (x: Tally): string =>
    `P=${ratio(x.tp, x.tp + x.fp).toFixed(3)} R=${ratio(x.tp, x.tp + x.fn).toFixed(3)} H=${ratio(x.hOk, x.n).toFixed(3)} (n=${x.n})`;
  for (const [lang, t] of [...byLang].sort()) console.log(`  ${lang.padEnd(4)} ${fmt(t)}`);
  console.log(`  all  ${fmt(all)}`);
  for (const m of misses) console.log(`  miss ${m}`);
  const p = ratio(all.tp, all.tp + all.fp);
  const r = ratio(all.tp, all.tp + all.fn);
  const h = ratio(all.hOk, all.n);
  assert.ok(p >= FLOOR.precision, `precision ${p.toFixed(3)} < ${FLOOR.precision}`);
  assert.ok(r >= FLOOR.recall, `recall ${r.toFixed(3)} < ${FLOOR.recall}`);
  assert.ok(h >= FLOOR.handoff, `handoff accuracy ${h.toFixed(3)} < ${FLOOR.handoff}`);
});
