import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fixture, OPEN_PROMPT, REPO, runCli, runJson, SCOPED_PROMPT } from './helpers';
import { validate } from './jsonSchema';

const SUMMARY = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?, (\d+) infos?\)$/m;

test('--format text: stylish blocks per file and the summary line, no colours when piped', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT, 'prompts/bakery.system.md': SCOPED_PROMPT });
  const r = runCli(['.'], dir);
  assert.equal(r.code, 1);
  assert.ok(!r.stdout.includes('\x1b['), 'no ANSI escapes when stdout is not a TTY');
  const json = runJson(['.'], dir).json;
  const findings = json.flatMap((e) => e.findings);
  const m = SUMMARY.exec(r.stdout);
  assert.ok(m, r.stdout);
  assert.deepEqual(m.slice(1).map(Number), [
    findings.length,
    findings.filter((f) => f.severity === 'error').length,
    findings.filter((f) => f.severity === 'warning').length,
    findings.filter((f) => f.severity === 'info').length,
  ]);
  const lines = r.stdout.split('\n');
  assert.ok(lines.includes('prompts/open.system.md'));
  assert.ok(!lines.includes('prompts/bakery.system.md'), 'files without findings get no header');
  const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
  assert.equal(rows.length, findings.length);
  // Columns aligned: the severity starts at the same place on every row of a file.
  assert.equal(new Set(rows.map((l) => l.search(/(error|warning|info) /))).size, 1);
  for (const [i, f] of json[json.findIndex((e) => e.file === 'prompts/open.system.md')].findings.entries()) {
    assert.ok(rows[i].startsWith(`  ${f.line}:${f.column} `), rows[i]);
    assert.ok(rows[i].endsWith(f.rule), rows[i]);
  }
});

test('--format text: colours when forced, clean output when nothing is found', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  assert.ok(runCli(['--color', '.'], dir).stdout.includes('\x1b[31m'));
  assert.ok(!runCli(['--color', '--no-color', '.'], dir).stdout.includes('\x1b['));
  const clean = fixture({ 'prompts/bakery.system.md': SCOPED_PROMPT });
  const r = runCli(['.'], clean);
  assert.equal(r.code, 0);
  assert.doesNotMatch(r.stdout, SUMMARY);
  assert.match(r.stdout, /No problems/);
});

test('--format github: workflow commands with 1-based positions', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  const r = runCli(['--format', 'github', '.'], dir);
  assert.equal(r.code, 1);
  const json = runJson(['.'], dir).json[0].findings;
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, json.length);
  lines.forEach((l, i) => {
    const f = json[i];
    const cmd = f.severity === 'info' ? 'notice' : f.severity;
    assert.equal(
      l,
      `::${cmd} file=prompts/open.system.md,line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${f.rule}::${f.message.replace(/%/g, '%25').replace(/\n/g, '%0A')}`,
    );
  });
});

type Sarif = {
  version: string;
  $schema: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          shortDescription: { text: string };
          helpUri: string;
          properties: { clause: string | null };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
      relatedLocations?: unknown[];
    }[];
  }[];
};

test('--format sarif: SARIF 2.1.0 with every rule, relative locations and a source root', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT, 'prompts/bakery.system.md': SCOPED_PROMPT });
  const r = runCli(['--format', 'sarif', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  const log = JSON.parse(r.stdout) as Sarif;
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif.*2\.1\.0.*\.json$/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  const { driver } = run.tool;
  assert.equal(driver.name, 'wa-policy-lint');
  assert.equal(driver.version, JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  assert.doesNotThrow(() => new URL(driver.informationUri));
  const help = runCli(['--help'], dir).stdout;
  const ruleIds = [...help.matchAll(/^ {2}([a-z]+\/[a-z-]+) /gm)].map((m) => m[1]);
  assert.deepEqual(
    driver.rules.map((x) => x.id),
    ruleIds,
  );
  for (const rule of driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0, rule.id);
    assert.doesNotThrow(() => new URL(rule.helpUri), rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    assert.ok('clause' in rule.properties, rule.id);
  }
  assert.ok(driver.rules.find((x) => x.id === 'prompt/open-domain-grant')?.properties.clause === 'WA-AI-PROVIDERS');
  assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);

  const json = runJson(['.'], dir).json.flatMap((e) => e.findings.map((f) => ({ ...f, file: e.file })));
  assert.equal(run.results.length, json.length);
  run.results.forEach((res, i) => {
    const f = json[i];
    assert.equal(res.ruleId, f.rule);
    assert.equal(driver.rules[res.ruleIndex].id, f.rule);
    assert.equal(res.level, f.severity === 'info' ? 'note' : f.severity);
    assert.equal(res.message.text, f.message);
    const loc = res.locations[0].physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: f.file, uriBaseId: '%SRCROOT%' });
    assert.deepEqual(loc.region, {
      startLine: f.line,
      startColumn: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    });
  });

  // Full validation against the SARIF 2.1.0 JSON schema (rtm.5, as shipped by @microsoft/jest-sarif).
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'server/test/cli/sarif-2.1.0-rtm.5.schema.json'), 'utf8'));
  assert.deepEqual(validate(log, schema), []);
  const empty = JSON.parse(runCli(['--format', 'sarif', 'prompts/bakery.system.md'], dir).stdout);
  assert.deepEqual(empty.runs[0].results, []);
  assert.deepEqual(validate(empty, schema), []);
});

test('the schema validator itself rejects broken SARIF', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'server/test/cli/sarif-2.1.0-rtm.5.schema.json'), 'utf8'));
  assert.ok(validate({ version: '2.1.0' }, schema).some((e) => e.includes("'runs'")));
  assert.ok(validate({ version: '2.0.0', runs: [] }, schema).length > 0);
  const bad = {
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }],
  };
  assert.ok(validate(bad, schema).some((e) => e.includes('level')));
  const extra = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', bogus: 1 } } }] };
  assert.ok(validate(extra, schema).some((e) => e.includes('bogus')));
});
