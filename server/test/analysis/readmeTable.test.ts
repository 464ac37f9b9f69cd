/**
 * The README's "By kind, in several languages" table is true: every example prompt in it (a `code span` in
 * the prompt column) gets the verdict its row states, so the README cannot drift from the analysis.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzePrompt } from '../../src/analysis';

function readme(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const p = path.join(dir, 'README.md');
    if (fs.existsSync(p) && fs.existsSync(path.join(dir, 'package.json'))) return fs.readFileSync(p, 'utf8');
  }
  throw new Error('README.md not found');
}

interface Row {
  kind: string;
  examples: string[];
  verdict: string;
}

function rows(): Row[] {
  const text = readme();
  const start = text.indexOf('#### By kind, in several languages');
  assert.ok(start >= 0, 'the README has the table');
  const out: Row[] = [];
  for (const line of text.slice(start).split('\n').slice(1)) {
    if (out.length > 0 && !line.startsWith('|')) break;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || cells[1] === 'kind' || cells[1].startsWith('---')) continue;
    out.push({ kind: cells[1], examples: [...cells[2].matchAll(/`([^`]+)`/g)].map((m) => m[1]), verdict: cells[3] });
  }
  return out;
}

const table = rows();

test('the README table covers every kind', () => {
  const kinds = table.map((r) => r.kind);
  for (const k of ['grant', 'breadth', 'no scope', 'template', 'companion', 'leak', 'conditional', 'bot speech'])
    assert.ok(kinds.includes(k), k);
  for (const k of ['negation', 'restriction', 'domain-qualified any', 'quotation', 'refusal list', 'not a bot'])
    assert.ok(kinds.includes(k), k);
  assert.ok(kinds.includes('human path') && kinds.includes('no human path'));
  assert.ok(table.every((r) => r.examples.length > 0));
});

for (const row of table) {
  test(`README table, ${row.kind}: ${row.verdict}`, () => {
    for (const example of row.examples) {
      const r = analyzePrompt(example);
      if (row.verdict.startsWith('flagged')) assert.equal(r.openDomain, true, example);
      else if (row.verdict.startsWith('not flagged')) assert.equal(r.openDomain, false, example);
      else if (row.verdict.startsWith('no findings: not a bot')) assert.ok(r.notABot, example);
      else if (row.verdict.startsWith('human path: yes')) assert.equal(r.hasEscalation, true, example);
      else if (row.verdict.startsWith('human path: no')) assert.equal(r.hasEscalation, false, example);
      else assert.fail(`unknown verdict: ${row.verdict}`);
    }
  });
}
