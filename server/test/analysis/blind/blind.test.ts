/** Blind generalisation test: prompts written before reading the analyzer; see cases.ts for labelling rules. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { BLIND_CASES, type BlindCase } from './cases';

interface Tally { n: number; tp: number; fp: number; fn: number; hOk: number }

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const pct = (x: number): string => x.toFixed(2);

function add(t: Tally, c: BlindCase, od: boolean, esc: boolean): void {
  t.n++;
  if (od && c.openDomain) t.tp++;
  else if (od && !c.openDomain) t.fp++;
  else if (!od && c.openDomain) t.fn++;
  if (esc === c.hasEscalation) t.hOk++;
}

test('blind corpus: open-domain precision/recall and handoff accuracy', () => {
  const ids = new Set<string>();
  for (const c of BLIND_CASES) {
    assert.ok(!ids.has(c.id), `duplicate id ${c.id}`);
    ids.add(c.id);
  }
  const byLang = new Map<string, Tally>();
  const all: Tally = { n: 0, tp: 0, fp: 0, fn: 0, hOk: 0 };
  const misses: string[] = [];
  for (const c of BLIND_CASES) {
    const r = analyzePrompt(c.text);
    const t = byLang.get(c.lang) ?? { n: 0, tp: 0, fp: 0, fn: 0, hOk: 0 };
    byLang.set(c.lang, t);
    add(t, c, r.openDomain, r.hasEscalation);
    add(all, c, r.openDomain, r.hasEscalation);
    if (r.openDomain !== c.openDomain) {
      misses.push(`${c.id} [${c.lang}] openDomain expected ${c.openDomain} got ${r.openDomain} (reason ${r.reason}) — ${c.note}`);
    }
    if (r.hasEscalation !== c.hasEscalation) {
      misses.push(`${c.id} [${c.lang}] hasEscalation expected ${c.hasEscalation} got ${r.hasEscalation} — ${c.note}`);
    }
  }
  const row = (lang: string, t: Tally): string =>
    `${lang.padEnd(8)} ${String(t.n).padStart(4)}  P=${pct(ratio(t.tp, t.tp + t.fp))}  R=${pct(ratio(t.tp, t.tp + t.fn))}  H=${pct(ratio(t.hOk, t.n))}`;
  const lines = ['lang        n  precision  recall  handoff'];
  for (const [lang, t] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(lang, t));
  lines.push(row('ALL', all));
  console.log(lines.join('\n'));
  console.log(misses.length ? `misses (${misses.length}):\n  ${misses.join('\n  ')}` : 'no misses');

  const p = ratio(all.tp, all.tp + all.fp);
  const r = ratio(all.tp, all.tp + all.fn);
  const h = ratio(all.hOk, all.n);
  assert.ok(p >= 0.9, `open-domain precision ${pct(p)} < 0.90`);
  assert.ok(r >= 0.9, `open-domain recall ${pct(r)} < 0.90`);
  assert.ok(h >= 0.85, `handoff accuracy ${pct(h)} < 0.85`);
});
