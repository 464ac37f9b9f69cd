import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO, runCli } from './helpers';
import { validate } from './jsonSchema';

const FIXTURES = path.join(REPO, 'test-fixtures');

test(
  'JSON output for test-fixtures/ is stable',
  { skip: !fs.existsSync(FIXTURES) && 'no test-fixtures/ folder' },
  () => {
    const a = runCli(['--format', 'json', 'test-fixtures'], REPO);
    assert.ok(a.code === 0 || a.code === 1, `exit ${a.code}: ${a.stderr}`);
    const b = runCli(['--format', 'json', 'test-fixtures'], REPO);
    assert.equal(b.stdout, a.stdout, 'two runs give the same output');
    const json = JSON.parse(a.stdout) as {
      file: string;
      kind: string;
      findings: { line: number; column: number; endLine: number; endColumn: number; severity: string }[];
    }[];
    const files = json.map((e) => e.file);
    assert.equal(new Set(files).size, files.length, 'each file once');
    for (const e of json) {
      assert.ok(e.file.startsWith('test-fixtures/') && !e.file.includes('\\'), e.file);
      assert.ok(fs.existsSync(path.join(REPO, e.file)), e.file);
      assert.ok(e.kind.length > 0);
      for (const f of e.findings)
        assert.ok(
          f.line >= 1 && f.column >= 1 && f.endLine >= f.line && ['error', 'warning', 'info'].includes(f.severity),
          `${e.file}: ${JSON.stringify(f)}`,
        );
    }
    assert.equal(a.code, json.some((e) => e.findings.some((f) => f.severity === 'error')) ? 1 : 0);
    // The same report from inside the folder, paths relative to there.
    const inside = runCli(['--format', 'json', '.'], FIXTURES);
    const shifted = (JSON.parse(inside.stdout) as { file: string }[]).map((e) => ({
      ...e,
      file: `test-fixtures/${e.file}`,
    }));
    assert.deepEqual(shifted, json);
  },
);

test(
  'SARIF for test-fixtures/ (related locations, fixes) is valid SARIF 2.1.0',
  { skip: !fs.existsSync(FIXTURES) && 'no test-fixtures/ folder' },
  () => {
    const r = runCli(['--format', 'sarif', 'test-fixtures'], REPO);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
    const schema = JSON.parse(
      fs.readFileSync(path.join(REPO, 'server/test/cli/sarif-2.1.0-rtm.5.schema.json'), 'utf8'),
    );
    assert.deepEqual(validate(JSON.parse(r.stdout), schema), []);
  },
);
