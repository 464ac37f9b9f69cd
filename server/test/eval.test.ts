import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { toUri } from '../src/model/uri';
import { createPolicyService, type Finding } from '../src/service';
import { REPO, testHost } from './helpers/fsHost';
import { figures, report, score, type Judged } from './helpers/scoring';

/**
 * End-to-end evaluation on the labelled development corpus (../shared/eval), through the same
 * pipeline as the editor and the CLI. Open-domain = an error finding citing WA-AI-PROVIDERS;
 * human handoff = no escalation finding.
 */
const EVAL = path.resolve(REPO, '..', 'shared', 'eval');
const BARS = { precision: 0.95, recall: 0.95, handoffAccuracy: 0.9 };

interface Label {
  path: string;
  format: string;
  language: string;
  open_domain: boolean;
  human_handoff: boolean;
}

function filesOf(p: string): string[] {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return [p];
  return fs
    .readdirSync(p, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesOf(path.join(p, e.name)) : [path.join(p, e.name)]));
}

if (!fs.existsSync(path.join(EVAL, 'labels.yaml'))) {
  test(
    'eval corpus',
    { skip: `no labelled corpus at ${EVAL} (it sits beside the repository as ../shared/eval)` },
    () => undefined,
  );
} else {
  test('precision/recall on the development corpus', () => {
    const labels = parse(fs.readFileSync(path.join(EVAL, 'labels.yaml'), 'utf8')) as Label[];
    const service = createPolicyService({ host: testHost() });
    const judged: Judged[] = labels.map((l) => {
      const findings: Finding[] = filesOf(path.join(EVAL, l.path)).flatMap(
        (f) => service.lint(toUri(f))?.findings ?? [],
      );
      return {
        group: l.language,
        label: l.path,
        gold: { open: l.open_domain, handoff: l.human_handoff },
        got: {
          open: findings.some((f) => f.clause === 'WA-AI-PROVIDERS' && f.severity === 'error'),
          handoff: !findings.some((f) => f.rule === 'prompt/no-human-escalation' || f.rule === 'flow/no-human-path'),
        },
        detail: findings.map((f) => f.rule).join(',') || 'no findings',
      };
    });
    const s = score(judged);
    console.log(`\n${report(s)}\n`);
    const f = figures(s.total);
    assert.ok(f.precision >= BARS.precision, `open-domain precision ${f.precision.toFixed(3)} < ${BARS.precision}`);
    assert.ok(f.recall >= BARS.recall, `open-domain recall ${f.recall.toFixed(3)} < ${BARS.recall}`);
    assert.ok(f.handoff >= BARS.handoffAccuracy, `handoff accuracy ${f.handoff.toFixed(3)} < ${BARS.handoffAccuracy}`);
  });
}
