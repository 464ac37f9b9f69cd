import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { toUri } from '../src/model/uri';
import { createPolicyService, type Finding } from '../src/service';
import { REPO, testHost } from './helpers/fsHost';

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
  return fs.readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(path.join(p, e.name)) : [path.join(p, e.name)]));
}

function ratio(n: number, d: number): string {
  return d ? (n / d).toFixed(3) : '  -  ';
}

if (!fs.existsSync(path.join(EVAL, 'labels.yaml'))) {
  test('eval corpus', { skip: `no labelled corpus at ${EVAL} (it sits beside the repository as ../shared/eval)` }, () => undefined);
} else {
  test('precision/recall on the development corpus', () => {
    const labels = parse(fs.readFileSync(path.join(EVAL, 'labels.yaml'), 'utf8')) as Label[];
    const service = createPolicyService({ host: testHost() });
    const rows: { l: Label; open: boolean; handoff: boolean; why: string }[] = [];
    for (const l of labels) {
      const findings: Finding[] = [];
      for (const f of filesOf(path.join(EVAL, l.path))) findings.push(...(service.lint(toUri(f))?.findings ?? []));
      const open = findings.some((f) => f.clause === 'WA-AI-PROVIDERS' && f.severity === 'error');
      const handoff = !findings.some((f) => f.rule === 'prompt/no-human-escalation' || f.rule === 'flow/no-human-path');
      rows.push({ l, open, handoff, why: findings.map((f) => f.rule).join(',') });
    }
    const langs = [...new Set(rows.map((r) => r.l.language))].sort();
    const table = ['lang      n   open P   open R   handoff P  handoff R  handoff acc'];
    const stats = (rs: typeof rows) => {
      const tp = rs.filter((r) => r.open && r.l.open_domain).length;
      const fp = rs.filter((r) => r.open && !r.l.open_domain).length;
      const fn = rs.filter((r) => !r.open && r.l.open_domain).length;
      const acc = rs.filter((r) => r.handoff === r.l.human_handoff).length;
      const htp = rs.filter((r) => r.handoff && r.l.human_handoff).length;
      const hfp = rs.filter((r) => r.handoff && !r.l.human_handoff).length;
      const hfn = rs.filter((r) => !r.handoff && r.l.human_handoff).length;
      return { tp, fp, fn, acc, htp, hfp, hfn, n: rs.length };
    };
    for (const lang of [...langs, 'all']) {
      const s = stats(lang === 'all' ? rows : rows.filter((r) => r.l.language === lang));
      table.push(`${lang.padEnd(8)} ${String(s.n).padStart(3)}   ${ratio(s.tp, s.tp + s.fp)}    ${ratio(s.tp, s.tp + s.fn)}    ${ratio(s.htp, s.htp + s.hfp)}      ${ratio(s.htp, s.htp + s.hfn)}      ${ratio(s.acc, s.n)}`);
    }
    const misses = rows.filter((r) => r.open !== r.l.open_domain || r.handoff !== r.l.human_handoff);
    console.log(`\n${table.join('\n')}\n`);
    for (const m of misses) console.log(`  miss ${m.l.path} [${m.l.language}]: open ${m.open} (gold ${m.l.open_domain}), handoff ${m.handoff} (gold ${m.l.human_handoff}); findings: ${m.why || 'none'}`);
    const all = stats(rows);
    const precision = all.tp / Math.max(1, all.tp + all.fp);
    const recall = all.tp / Math.max(1, all.tp + all.fn);
    const acc = all.acc / all.n;
    assert.ok(precision >= BARS.precision, `open-domain precision ${precision.toFixed(3)} < ${BARS.precision}`);
    assert.ok(recall >= BARS.recall, `open-domain recall ${recall.toFixed(3)} < ${BARS.recall}`);
    assert.ok(acc >= BARS.handoffAccuracy, `handoff accuracy ${acc.toFixed(3)} < ${BARS.handoffAccuracy}`);
  });
}
