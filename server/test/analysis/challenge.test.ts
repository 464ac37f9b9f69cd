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
import { figures, judgePrompts, report, score, uniqueIds } from '../helpers/scoring';

const BAR = { precision: 0.9, recall: 0.9, handoff: 0.9 };

test('challenge set is well-formed', () => {
  assert.ok(CHALLENGE.length >= 120, `${CHALLENGE.length} cases`);
  assert.deepEqual(uniqueIds(CHALLENGE), [], 'duplicate ids');
  assert.ok(CHALLENGE.some((c) => c.openDomain) && CHALLENGE.some((c) => !c.openDomain));
  assert.ok(CHALLENGE.some((c) => c.hasEscalation) && CHALLENGE.some((c) => !c.hasEscalation));
});

test('challenge set: open-domain precision/recall and handoff accuracy per language', () => {
  const s = score(
    judgePrompts(
      CHALLENGE,
      (t, variables) => analyzePrompt(t, { variables }),
      (c) => (c.lang.startsWith('und-') ? 'und' : c.lang),
    ),
  );
  console.log(report(s));
  const f = figures(s.total);
  assert.ok(f.precision >= BAR.precision, `open-domain precision ${f.precision.toFixed(3)} < ${BAR.precision}`);
  assert.ok(f.recall >= BAR.recall, `open-domain recall ${f.recall.toFixed(3)} < ${BAR.recall}`);
  assert.ok(f.accuracy >= BAR.precision, `open-domain accuracy ${f.accuracy.toFixed(3)} < ${BAR.precision}`);
  assert.ok(f.handoff >= BAR.handoff, `handoff accuracy ${f.handoff.toFixed(3)} < ${BAR.handoff}`);
  // Languages without a lexicon must never raise a false open-domain alarm.
  assert.equal(s.groups.get('und')?.fp ?? 0, 0, 'false open-domain alarm on an unsupported language');
});
