// Blind set 3: 100 prompts in thirteen languages plus Hinglish and code-switching, written before reading the analyzer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { figures, judgePrompts, report, score } from '../../helpers/scoring';
import { blind3Cases } from './cases';

/** Floors set just under the measured figures (see the commit history for the first blind figures). */
const FLOOR = { precision: 0.9, recall: 0.9, handoff: 0.9 };

test('blind set 3: open-domain precision/recall and handoff accuracy', () => {
  const s = score(judgePrompts(blind3Cases, (t) => analyzePrompt(t)));
  console.log(report(s));
  const f = figures(s.total);
  assert.ok(f.precision >= FLOOR.precision, `precision ${f.precision.toFixed(3)} < ${FLOOR.precision}`);
  assert.ok(f.recall >= FLOOR.recall, `recall ${f.recall.toFixed(3)} < ${FLOOR.recall}`);
  assert.ok(f.handoff >= FLOOR.handoff, `handoff accuracy ${f.handoff.toFixed(3)} < ${FLOOR.handoff}`);
});
