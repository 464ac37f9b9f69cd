/** Blind generalisation test: prompts written before reading the analyzer; see cases.ts for labelling rules. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { figures, judgePrompts, report, score, uniqueIds } from '../../helpers/scoring';
import { BLIND_CASES } from './cases';

test('blind corpus: open-domain precision/recall and handoff accuracy', () => {
  assert.deepEqual(uniqueIds(BLIND_CASES), [], 'duplicate ids');
  const s = score(judgePrompts(BLIND_CASES, (t) => analyzePrompt(t)));
  console.log(report(s));
  const f = figures(s.total);
  assert.ok(f.precision >= 0.9, `open-domain precision ${f.precision.toFixed(2)} < 0.90`);
  assert.ok(f.recall >= 0.9, `open-domain recall ${f.recall.toFixed(2)} < 0.90`);
  assert.ok(f.handoff >= 0.85, `handoff accuracy ${f.handoff.toFixed(2)} < 0.85`);
});
