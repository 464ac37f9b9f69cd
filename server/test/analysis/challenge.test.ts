/**
 * Hand-written challenge set (server/test/analysis/challenge): new businesses and wordings in every
 * supported language, added languages, unsupported languages and code-switching. Prints a
 * per-language table and fails when the overall open-domain precision/recall or the handoff
 * accuracy drops below the bar.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { CHALLENGE } from './challenge';

const BAR = { precision: 0.9, recall: 0.9, handoff: 0.9 };

interface Row { tp: number; fp: number; fn: number; tn: number; hoOk: number; n: number }
const empty = (): Row => ({ tp: 0, fp: 0, fn: 0, tn: 0, hoOk: 0, n: 0 });
const pct = (a: number, b: number): string => (b === 0 ? '    -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

test('challenge set is well-formed', () => {
  assert.ok(CHALLENGE.length >= 120, `${CHALLENGE.length} cases`);
  const ids = new Set(CHALLENGE.map((c) => c.id));
  assert.equal(ids.size, CHALLENGE.length, 'duplicate ids');
  assert.ok(CHALLENGE.some((c) => c.openDomain) && CHALLENGE.some((c) => !c.openDomain));
  assert.ok(CHALLENGE.some((c) => c.hasEscalation) && CHALLENGE.some((c) => !c.hasEscalation));
});

test('challenge set: open-domain precision/recall and handoff accuracy per language', () => {
  const rows = new Map<string, Row>();
  const total = empty();
  const misses: string[] = [];
  for (const c of CHALLENGE) {
    const r = analyzePrompt(c.text, { variables: c.variables });
    const key = c.lang.startsWith('und-') ? 'und' : c.lang;
    const row = rows.get(key) ?? empty();
    rows.set(key, row);
    for (const x of [row, total]) {
      x.n++;
      if (r.openDomain && c.openDomain) x.tp++;
      else if (r.openDomain) x.fp++;
      else if (c.openDomain) x.fn++;
      else x.tn++;
      if (r.hasEscalation === c.hasEscalation) x.hoOk++;
    }
    if (r.openDomain !== c.openDomain) misses.push(`${c.id} open ${r.openDomain} ≠ ${c.openDomain} (${r.reason}) — ${c.note}`);
    if (r.hasEscalation !== c.hasEscalation) misses.push(`${c.id} handoff ${r.hasEscalation} ≠ ${c.hasEscalation} — ${c.note}`);
  }
  const lines = ['lang      cases  precision  recall  accuracy  handoff-acc'];
  for (const [lang, r] of [...[...rows.entries()].sort(), ['ALL', total] as const]) {
    lines.push(`${lang.padEnd(8)} ${String(r.n).padStart(6)}    ${pct(r.tp, r.tp + r.fp)}  ${pct(r.tp, r.tp + r.fn)}    ${pct(r.tp + r.tn, r.n)}      ${pct(r.hoOk, r.n)}`);
  }
  console.log(lines.join('\n'));
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  const precision = total.tp / (total.tp + total.fp);
  const recall = total.tp / (total.tp + total.fn);
  const accuracy = (total.tp + total.tn) / total.n;
  const handoff = total.hoOk / total.n;
  assert.ok(precision >= BAR.precision, `open-domain precision ${precision.toFixed(3)} < ${BAR.precision}`);
  assert.ok(recall >= BAR.recall, `open-domain recall ${recall.toFixed(3)} < ${BAR.recall}`);
  assert.ok(accuracy >= BAR.precision, `open-domain accuracy ${accuracy.toFixed(3)} < ${BAR.precision}`);
  assert.ok(handoff >= BAR.handoff, `handoff accuracy ${handoff.toFixed(3)} < ${BAR.handoff}`);
  // Languages without a lexicon must never raise a false open-domain alarm.
  assert.equal(rows.get('und')?.fp ?? 0, 0, 'false open-domain alarm on an unsupported language');
});
