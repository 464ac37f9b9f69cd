/** The clause classifier: weights in step with the bank, determinism, clear cases per language, linear time. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLAUSE_LABELS, classifyClause, loadedModelInfo } from '../../src/analysis/classifier';
import { normalizeClause } from '../../src/analysis/classifier/features';
import { decodeModel, encodeModel } from '../../src/analysis/classifier/modelFile';
import { predict } from '../../src/analysis/classifier/predict';
import { bankHash, isHeldOut, loadBank } from '../../src/analysis/classifier/training/bank';
import { DEFAULT_OPTIONS, train } from '../../src/analysis/classifier/training/logistic';
import { CLEAR_CASES } from './cases';

const ROOT = path.resolve(__dirname, '../../../../..');
const CLASSIFIER_DIR = path.join(ROOT, 'server/src/analysis/classifier');
const BANK_DIR = path.join(CLASSIFIER_DIR, 'bank');

test('the committed weights were trained on the committed bank (else run `npm run train`)', () => {
  const info = loadedModelInfo();
  assert.equal(info.bankHash, bankHash(BANK_DIR), 'weights.json is stale: run `npm run train` and commit it');
  assert.equal(info.trainingSize, loadBank(BANK_DIR).length);
  assert.ok(info.featureCount > 1000);
  assert.match(info.version, /^\d+\.[0-9a-f]{12}$/);
});

test('the bank is large, multilingual and has every label, with a held-out split near 15%', () => {
  const bank = loadBank(BANK_DIR);
  const langs = new Set(bank.map((c) => c.lang));
  assert.ok(bank.length >= 3000, `bank has ${bank.length} clauses`);
  assert.ok(langs.size >= 22, `bank has ${langs.size} languages`);
  for (const label of CLAUSE_LABELS)
    assert.ok(
      bank.some((c) => c.label === label),
      label,
    );
  const share = bank.filter(isHeldOut).length / bank.length;
  assert.ok(share > 0.1 && share < 0.2, `held-out share ${share}`);
});

test('the weights file stays within the bundle budget', () => {
  const bytes = fs.statSync(path.join(CLASSIFIER_DIR, 'weights.json')).size;
  assert.ok(bytes < 3 * 1024 * 1024, `weights.json is ${bytes} bytes`);
});

test('inference is deterministic and scores form a distribution whose top is the label', () => {
  for (const text of ['Answer any question.', '只回答与订单有关的问题。', 'ตอบทุกคำถาม', '']) {
    const a = classifyClause(text);
    assert.deepEqual(classifyClause(text), a);
    const sum = CLAUSE_LABELS.reduce((s, l) => s + a.scores[l], 0);
    assert.ok(Math.abs(sum - 1) < 1e-9, `scores sum to ${sum}`);
    assert.equal(a.score, Math.max(...Object.values(a.scores)));
    assert.equal(a.scores[a.label], a.score);
  }
});

test('training is deterministic: the same clauses give byte-identical weights', () => {
  const sample = loadBank(BANK_DIR).filter((_, i) => i % 8 === 0);
  const opt = { ...DEFAULT_OPTIONS, epochs: 3 };
  const once = () =>
    JSON.stringify(
      encodeModel({ hashBits: opt.hashBits, bankHash: 'x', trainingSize: sample.length, ...train(sample, opt) }),
    );
  const first = once();
  assert.equal(once(), first);
  const model = decodeModel(JSON.parse(first));
  assert.equal(predict(model, sample[0].text).label, predict(model, sample[0].text).label);
});

test('clear clauses are classified right in every language of the cases', () => {
  const banked = new Set(loadBank(BANK_DIR).map((c) => normalizeClause(c.text)));
  const wrong: string[] = [];
  for (const [lang, cases] of Object.entries(CLEAR_CASES)) {
    for (const [text, label] of cases) {
      assert.ok(!banked.has(normalizeClause(text)), `case is in the bank, so it tests nothing: ${text}`);
      const got = classifyClause(text);
      if (got.label !== label)
        wrong.push(`[${lang}] ${text}: expected ${label}, got ${got.label} (${got.score.toFixed(2)})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('odd input never throws', () => {
  for (const text of ['', '   ', '\u0000\uffff', '\ud800', '😀'.repeat(50), '{{company_name}}', '-'.repeat(10_000)]) {
    const r = classifyClause(text);
    assert.ok(CLAUSE_LABELS.includes(r.label));
  }
});

/** CPU time per call: on a loaded machine, wall time counts the waits for a core (the 1× rounds take ~1 ms). */
function timePerCall(text: string, runs: number): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) classifyClause(text);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / runs;
}

test('time is linear in the clause length (1×, 4×, 16×)', () => {
  for (const unit of [
    'Answer any question about your booking, and be kind. ',
    '只回答与您的订单有关的任何问题。',
    'ตอบเฉพาะคำถามเกี่ยวกับคำสั่งซื้อ ',
  ]) {
    const base = unit.repeat(100);
    timePerCall(base.repeat(16), 2);
    // Each size processes the same total text per round; the fastest of seven rounds counts, since noise on a
    // shared machine (other processes, a collection of another test's garbage) only ever adds time.
    const best = [1, 4, 16].map(() => Infinity);
    for (let round = 0; round < 7; round++) {
      [1, 4, 16].forEach((k, i) => (best[i] = Math.min(best[i], timePerCall(base.repeat(k), 32 / k))));
    }
    const [r4, r16] = [best[1] / best[0], best[2] / best[0]];
    assert.ok(r4 < 4 * 2.5, `4× input took ${r4.toFixed(1)}× as long`);
    assert.ok(r16 < 16 * 2.5, `16× input took ${r16.toFixed(1)}× as long`);
  }
});
