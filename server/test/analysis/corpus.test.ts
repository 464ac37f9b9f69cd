/**
 * Measures the analyzer on the dev corpus (../shared/eval): prompt files and n8n agent system
 * messages. n8n human handoff is decided by flow structure (IF nodes), so it is left out of the handoff
 * figures here (the end-to-end eval in server/test/eval.test.ts judges it).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { evalDir, loadCases, type PromptCase } from './corpusCases';
import { figures, report, score, type Judged } from '../helpers/scoring';

const BAR = { precision: 0.95, recall: 0.95, handoff: 0.9 };

function judge(c: PromptCase): Judged {
  const rs = c.texts.map((t) => analyzePrompt(t.text, { variables: t.variables }));
  return {
    group: c.label.language,
    label: c.label.path,
    gold: { open: c.label.open_domain, handoff: c.label.format === 'n8n' ? undefined : c.label.human_handoff },
    got: { open: rs.some((r) => r.openDomain), handoff: rs.some((r) => r.hasEscalation) },
  };
}

const dir = evalDir();

test(
  'dev corpus: open-domain precision/recall and handoff accuracy per language',
  { skip: dir ? false : 'shared eval corpus (../shared/eval) not found' },
  () => {
    const s = score(loadCases(dir!).map(judge));
    console.log(report(s));
    const f = figures(s.total);
    assert.ok(f.precision >= BAR.precision, `open-domain precision ${f.precision.toFixed(3)} < ${BAR.precision}`);
    assert.ok(f.recall >= BAR.recall, `open-domain recall ${f.recall.toFixed(3)} < ${BAR.recall}`);
    assert.ok(f.handoff >= BAR.handoff, `handoff accuracy ${f.handoff.toFixed(3)} < ${BAR.handoff}`);
  },
);
