import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { fixture, OPEN_PROMPT, REPO, runCli, runJson, SCOPED_PROMPT } from './helpers';
import { validate } from './jsonSchema';

const readSchema = (name: string) => JSON.parse(fs.readFileSync(path.join(REPO, 'server/test/cli', name), 'utf8'));
const JUNIT_XSD = {
  fileName: 'junit.xsd',
  contents: fs.readFileSync(path.join(REPO, 'server/test/cli/junit.xsd'), 'utf8'),
};

async function junitErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: { fileName: 'report.xml', contents: xml }, schema: JUNIT_XSD });
  return r.errors.map((e) => e.rawMessage);
}

type Issue = {
  check_name: string;
  fingerprint: string;
  severity: string;
  description: string;
  location: { path: string; lines: { begin: number; end: number } };
};

test('--format gitlab: valid Code Quality JSON for test-fixtures/, one issue per finding, unique fingerprints', () => {
  const r = runCli(['--format', 'gitlab', 'test-fixtures'], REPO);
  assert.equal(r.code, 1, r.stderr);
  const issues = JSON.parse(r.stdout) as Issue[];
  assert.deepEqual(validate(issues, readSchema('gitlab-codequality.schema.json')), []);
  const json = runJson(['test-fixtures'], REPO).json.flatMap((e) => e.findings.map((f) => ({ ...f, file: e.file })));
  assert.equal(issues.length, json.length);
  assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
  issues.forEach((issue, i) => {
    assert.equal(issue.check_name, json[i].rule);
    assert.equal(issue.location.path, json[i].file);
    assert.equal(issue.location.lines.begin, json[i].line);
    assert.equal(issue.severity, { error: 'major', warning: 'minor', info: 'info' }[json[i].severity]);
    assert.ok(issue.description.startsWith(json[i].message));
  });
});

test('the Code Quality schema rejects a report GitLab would not read', () => {
  const schema = readSchema('gitlab-codequality.schema.json');
  const good = {
    description: 'd',
    check_name: 'c',
    fingerprint: 'f',
    severity: 'minor',
    location: { path: 'a.json', lines: { begin: 1 } },
  };
  assert.deepEqual(validate([good], schema), []);
  assert.ok(validate([{ ...good, severity: 'error' }], schema).length);
  assert.ok(validate([{ ...good, fingerprint: undefined }], schema).length);
  assert.ok(validate([{ ...good, location: { path: '/abs/a.json', lines: { begin: 1 } } }], schema).length);
  assert.ok(validate([{ ...good, location: { path: 'a.json' } }], schema).length);
});

test('fingerprints (GitLab and SARIF) survive lines added above a finding and change with the finding', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  const run = (format: string) => runCli(['--format', format, '.'], dir).stdout;
  const gitlab = () =>
    (JSON.parse(run('gitlab')) as Issue[]).map((i) => [i.fingerprint, i.location.lines.begin] as const);
  const sarif = () =>
    JSON.parse(run('sarif')).runs[0].results.map(
      (x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['waPolicyFinding/v1'],
    );
  const [g1, s1] = [gitlab(), sarif()];
  fs.writeFileSync(path.join(dir, 'prompts/open.system.md'), OPEN_PROMPT.replace('\n', '\n\n\n'));
  const [g2, s2] = [gitlab(), sarif()];
  assert.deepEqual(
    g2.map(([f]) => f),
    g1.map(([f]) => f),
  );
  assert.ok(
    g1.some(([, line], i) => line > 1 && g2[i][1] === line + 2),
    'findings below the new lines moved',
  );
  assert.deepEqual(s2, s1);
  assert.ok(s1.every((f: unknown) => typeof f === 'string' && /^[0-9a-f]{64}$/.test(f)));
  fs.writeFileSync(
    path.join(dir, 'prompts/open.system.md'),
    OPEN_PROMPT.replace('any question on any topic', 'any question at all'),
  );
  const changed = new Set(gitlab().map(([f]) => f));
  assert.ok(
    g1.some(([f]) => !changed.has(f)),
    'a changed phrase is a new finding',
  );
});

test('--format sarif on test-fixtures/: each result fingerprinted, no place reported twice, valid SARIF 2.1.0', () => {
  const log = JSON.parse(runCli(['--format', 'sarif', 'test-fixtures'], REPO).stdout);
  assert.deepEqual(validate(log, readSchema('sarif-2.1.0-rtm.5.schema.json')), []);
  type Loc = { physicalLocation: unknown };
  const results = log.runs[0].results as {
    ruleId: string;
    locations: Loc[];
    relatedLocations?: Loc[];
    partialFingerprints: Record<string, string>;
  }[];
  assert.ok(results.length > 10);
  const prints = results.map((r) => r.partialFingerprints['waPolicyFinding/v1']);
  assert.equal(new Set(prints).size, results.length);
  const keys = results.map((r) => r.ruleId + JSON.stringify(r.locations));
  assert.equal(new Set(keys).size, keys.length, 'no result repeated');
  for (const r of results) {
    const places = [r.locations[0], ...(r.relatedLocations ?? [])].map((l) => JSON.stringify(l.physicalLocation));
    assert.equal(new Set(places).size, places.length, `${r.ruleId}: a related location repeats a place`);
  }
});

test('--format junit: valid JUnit XML, a failure per error or warning, a passing case per clean file', async () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT, 'prompts/bakery.system.md': SCOPED_PROMPT });
  const r = runCli(['--format', 'junit', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(await junitErrors(r.stdout), []);
  const json = runJson(['.'], dir).json;
  const findings = json.flatMap((e) => e.findings);
  const failing = findings.filter((f) => f.severity !== 'info');
  assert.equal([...r.stdout.matchAll(/<failure /g)].length, failing.length);
  assert.match(
    r.stdout,
    new RegExp(`<testsuites name="wa-policy-lint" tests="${findings.length + 1}" failures="${failing.length}"`),
  );
  assert.match(
    r.stdout,
    /<testsuite name="prompts\/bakery\.system\.md" tests="1" failures="0"[^>]*>\s*<testcase name="wa-policy" classname="prompts\/bakery\.system\.md" time="0"\/>/,
  );
  for (const f of failing) assert.ok(r.stdout.includes(`name="${f.rule} at ${f.line}:${f.column}"`), f.rule);
  const clean = runCli(['--format', 'junit', 'prompts/bakery.system.md'], dir);
  assert.equal(clean.code, 0);
  assert.deepEqual(await junitErrors(clean.stdout), []);
});

test('--format junit on test-fixtures/ is valid, with markup and quotes in messages escaped', async () => {
  const r = runCli(['--format', 'junit', 'test-fixtures'], REPO);
  assert.deepEqual(await junitErrors(r.stdout), []);
  assert.ok(r.stdout.includes('&quot;'), 'messages quote phrases');
  assert.ok(!/&(?!(amp|lt|gt|quot|#10);)/.test(r.stdout), 'a bare & in the XML');
});

test('the JUnit schema rejects malformed reports', async () => {
  assert.ok((await junitErrors('<testsuites><testcase name="x"/></testsuites>')).length, 'a test case outside a suite');
  assert.ok(
    (await junitErrors('<testsuites><testsuite tests="1"><testcase name="x"/></testsuite></testsuites>')).length,
    'a suite without a name',
  );
  assert.ok(
    (await junitErrors('<testsuites><testsuite name="a" tests="-1"/></testsuites>')).length,
    'a negative count',
  );
});

test('--format text wraps messages to the terminal width under their column', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  const json = runJson(['.'], dir).json[0].findings;
  for (const columns of [80, 120]) {
    const out = runCli(['.'], dir, { COLUMNS: String(columns) }).stdout.split('\n');
    const body = out.slice(
      out.indexOf('prompts/open.system.md') + 1,
      out.findIndex((l) => l.startsWith('✖')),
    );
    assert.ok(
      body.every((l) => l.length <= columns),
      `a line is wider than ${columns}:\n${body.filter((l) => l.length > columns).join('\n')}`,
    );
    const rows = body.filter((l) => /^ {2}\d+:\d+ /.test(l));
    assert.equal(rows.length, json.length);
    rows.forEach((row, i) => assert.ok(row.endsWith(json[i].rule), row));
    const words = (s: string) =>
      s
        .replace(/ {2,}\S+$/, '')
        .trim()
        .split(/\s+/);
    // Every word of every message is there, in order, across the wrapped lines.
    const text = body
      .map((l) => l.replace(/^ {2}\d+:\d+\s+\S+\s+/, ''))
      .map((l, i) => (rows.includes(body[i]) ? words(l).join(' ') : l.trim()))
      .join(' ');
    for (const f of json) assert.ok(text.includes(f.message.replace(/\s+/g, ' ')), f.message);
  }
  const narrow = runCli(['.'], dir, { COLUMNS: '40' }).stdout.split('\n');
  assert.ok(
    narrow.some((l) => /^ {2,}prompt\/[a-z-]+$/.test(l)),
    'too narrow for a rule column: the rule id gets its own line',
  );
});
