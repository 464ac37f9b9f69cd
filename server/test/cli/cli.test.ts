import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fixture, OPEN_LINE, OPEN_PROMPT, REPO, runCli, runJson, SCOPED_PROMPT } from './helpers';

const OPEN_RULES = new Set(['prompt/open-domain-grant', 'prompt/no-business-scope']);
const UNRELATED = {
  'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
  'package.json': '{ "name": "bakery-bot", "version": "1.0.0" }\n',
  'README.md': '# Bakery bot\n\nYou can answer any question on any topic.\n',
  'docs/notes.md': 'You can answer any question on any topic.\n',
  'config/settings.json': '{ "nodes": 3 }\n',
};

test('a scoped prompt with an escalation path passes with exit 0 and no findings', () => {
  const dir = fixture({ 'prompts/bakery.system.md': SCOPED_PROMPT });
  const r = runJson(['.'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.json, [{ file: 'prompts/bakery.system.md', kind: 'system-prompt', findings: [] }]);
  assert.equal(r.stderr, '');
});

test('an open-domain prompt fails with exit 1 at the 1-based line and column of the phrase', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  const r = runJson(['prompts/open.system.md'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.json.length, 1);
  const [entry] = r.json;
  assert.equal(entry.file, 'prompts/open.system.md');
  assert.equal(entry.kind, 'system-prompt');
  const hits = entry.findings.filter((f) => OPEN_RULES.has(f.rule) && f.severity === 'error');
  assert.ok(hits.length, JSON.stringify(entry.findings));
  const lines = OPEN_PROMPT.split('\n');
  for (const f of entry.findings) {
    assert.deepEqual(Object.keys(f), [
      'rule',
      'clause',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
    ]);
    assert.ok(
      f.line >= 1 && f.column >= 1 && (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)),
      JSON.stringify(f),
    );
  }
  const grant = hits.find((f) => f.line === OPEN_LINE);
  assert.ok(grant, `no ${[...OPEN_RULES].join('/')} finding on line ${OPEN_LINE}: ${JSON.stringify(hits)}`);
  assert.equal(grant.clause, 'WA-AI-PROVIDERS');
  if (grant.rule === 'prompt/open-domain-grant') {
    // The range covers the phrase: columns are UTF-16 characters + 1, the end exclusive.
    const phrase = lines[grant.line - 1].slice(grant.column - 1, grant.endColumn - 1);
    assert.match(phrase, /any|essays|ChatGPT/i);
    assert.ok(grant.message.includes(`"${phrase}"`) || phrase.length > 0);
  }
});

test('columns count UTF-16 code units (text after emoji and accents)', () => {
  const text = OPEN_PROMPT.replace('You can answer', '😀 Você pode: you can answer');
  const dir = fixture({ 'prompts/emoji.system.md': text });
  const r = runJson(['.'], dir);
  const line = text.split('\n')[OPEN_LINE - 1];
  const f = r.json[0].findings.find((x) => x.rule === 'prompt/open-domain-grant' && x.line === OPEN_LINE);
  assert.ok(f, JSON.stringify(r.json));
  assert.match(line.slice(f.column - 1, f.endColumn - 1), /any|essays|ChatGPT/i);
});

test('unrelated files in a folder are neither reported nor mentioned', () => {
  const dir = fixture({ ...UNRELATED, 'prompts/bakery.system.md': SCOPED_PROMPT });
  const r = runJson(['.'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    r.json.map((e) => e.file),
    ['prompts/bakery.system.md'],
  );
  assert.equal(r.stderr, '');
});

test('a non-bot file named explicitly is reported as skipped on stderr', () => {
  const dir = fixture(UNRELATED);
  const r = runJson(['docker-compose.yml', 'README.md'], dir);
  assert.equal(r.code, 0);
  assert.deepEqual(r.json, []);
  assert.match(
    r.stderr,
    /^wa-policy-lint: skipped docker-compose\.yml: not a bot prompt or flow file \(Plain system prompt: a Docker Compose file: service settings, not a prompt\)$/m,
  );
  assert.match(
    r.stderr,
    /^wa-policy-lint: skipped README\.md: not a bot prompt or flow file \(never read: [^)]*README[^)]*\)$/m,
  );
});

test('missing paths are usage errors (exit 2, nothing linted)', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  const r = runCli(['--format', 'json', 'prompts', 'nope/missing.system.md'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /wa-policy-lint: cannot read nope\/missing\.system\.md: no such file or directory/);
});

test('bad flags and bad values exit 2 with a message', () => {
  const dir = fixture({ 'prompts/bakery.system.md': SCOPED_PROMPT });
  for (const args of [
    ['--bogus'],
    ['--format', 'xml'],
    ['--max-warnings', 'many'],
    ['--rule', 'no/such-rule=off'],
    ['--rule', 'prompt/open-domain-grant=loud'],
    ['--rule', 'prompt/open-domain-grant'],
    ['--format'],
  ]) {
    const r = runCli([...args, '.'], dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, /^wa-policy-lint: /, args.join(' '));
    assert.equal(r.stdout, '');
  }
});

test('a broken --config prints its findings and exits 2', () => {
  const dir = fixture({
    'prompts/bakery.system.md': SCOPED_PROMPT,
    'ci/.wa-policy.yaml': 'rules:\n  prompt/open-domain-grant: loud\nmarkets: [brazil]\n',
    'ci/policy.yaml': 'rules: [1, 2\n',
  });
  const r = runJson(['--config', 'ci/.wa-policy.yaml', '.'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.json.length, 1);
  assert.equal(r.json[0].file, 'ci/.wa-policy.yaml');
  assert.equal(r.json[0].kind, 'wa-policy-config');
  assert.ok(r.json[0].findings.length >= 1);
  assert.ok(r.json[0].findings.every((f) => f.rule === 'config/invalid'));
  assert.equal(r.json[0].findings[0].line, 2);
  // Any file name: still checked as a config.
  const other = runJson(['--config', 'ci/policy.yaml', '.'], dir);
  assert.equal(other.code, 2);
  assert.equal(other.json[0].kind, 'wa-policy-config');
  assert.ok(other.json[0].findings.some((f) => f.rule === 'config/invalid' && f.severity === 'error'));
  // A missing config is a usage error too.
  const missing = runCli(['--config', 'ci/none.yaml', '.'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read config ci\/none\.yaml/);
});

test('a valid --config applies to every file', () => {
  const dir = fixture({
    'prompts/open.system.md': OPEN_PROMPT,
    'ci/policy.yaml':
      'rules:\n  prompt/open-domain-grant: warning\n  prompt/no-business-scope: warning\n  prompt/no-human-escalation: off\n',
  });
  const r = runJson(['--config', 'ci/policy.yaml', 'prompts'], dir);
  assert.equal(r.code, 0, JSON.stringify(r.json));
  assert.ok(r.json[0].findings.length > 0);
  assert.ok(r.json[0].findings.every((f) => f.severity === 'warning'));
  assert.ok(!r.json[0].findings.some((f) => f.rule === 'prompt/no-human-escalation'));
});

test('the nearest .wa-policy.yaml applies, and its exclude globs are honoured', () => {
  const dir = fixture({
    '.wa-policy.yaml': 'exclude:\n  - drafts/**\n  - "**/*.old.system.md"\n',
    'drafts/prompts/open.system.md': OPEN_PROMPT,
    'prompts/x.old.system.md': OPEN_PROMPT,
    'prompts/bakery.system.md': SCOPED_PROMPT,
    'team/.wa-policy.yaml': 'rules:\n  prompt/open-domain-grant: info\n  prompt/no-business-scope: info\n',
    'team/prompts/open.system.md': OPEN_PROMPT,
  });
  const r = runJson(['.'], dir);
  assert.deepEqual(
    r.json.map((e) => [e.file, e.kind]),
    [
      ['.wa-policy.yaml', 'wa-policy-config'],
      ['prompts/bakery.system.md', 'system-prompt'],
      ['team/.wa-policy.yaml', 'wa-policy-config'],
      ['team/prompts/open.system.md', 'system-prompt'],
    ],
  );
  assert.equal(r.code, 0, JSON.stringify(r.json));
  assert.ok(r.json[3].findings.some((f) => f.severity === 'info' && OPEN_RULES.has(f.rule)));
});

test('.gitignore files are honoured, nested ones and negations included', () => {
  const dir = fixture({
    '.gitignore': 'build/\n*.local.system.md\n',
    'build/prompts/open.system.md': OPEN_PROMPT,
    'prompts/mine.local.system.md': OPEN_PROMPT,
    'prompts/bakery.system.md': SCOPED_PROMPT,
    'sub/.gitignore': 'prompts/*\n!prompts/keep.system.md\n',
    'sub/prompts/drop.system.md': OPEN_PROMPT,
    'sub/prompts/keep.system.md': SCOPED_PROMPT,
  });
  fs.mkdirSync(path.join(dir, '.git'));
  const r = runJson(['.'], dir);
  assert.deepEqual(
    r.json.map((e) => e.file),
    ['prompts/bakery.system.md', 'sub/prompts/keep.system.md'],
  );
  // Walking a subfolder still applies the repository's .gitignore above it.
  const sub = runJson(['prompts'], dir);
  assert.deepEqual(
    sub.json.map((e) => e.file),
    ['prompts/bakery.system.md'],
  );
  // node_modules is never walked.
  fs.mkdirSync(path.join(dir, 'node_modules/pkg/prompts'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules/pkg/prompts/x.system.md'), OPEN_PROMPT);
  assert.equal(runJson(['.'], dir).json.length, 2);
});

test('file paths are relative to the working directory with forward slashes', () => {
  const dir = fixture({ 'bot/prompts/open.system.md': OPEN_PROMPT, 'bot/prompts/bakery.system.md': SCOPED_PROMPT });
  const fromRoot = runJson([path.join(dir, 'bot')], dir);
  assert.deepEqual(
    fromRoot.json.map((e) => e.file),
    ['bot/prompts/bakery.system.md', 'bot/prompts/open.system.md'],
  );
  const fromInside = runJson(['.', 'open.system.md'], path.join(dir, 'bot', 'prompts'));
  assert.deepEqual(
    fromInside.json.map((e) => e.file),
    ['bakery.system.md', 'open.system.md'],
  );
  fs.mkdirSync(path.join(dir, 'other'));
  const fromSibling = runJson(['../bot/prompts/open.system.md'], path.join(dir, 'other'));
  assert.deepEqual(
    fromSibling.json.map((e) => e.file),
    ['../bot/prompts/open.system.md'],
  );
});

test('findings of a Rasa project belong to the file they are in', () => {
  const dir = fixture({
    'bot/config.yml':
      'recipe: default.v1\nlanguage: en\nassistant_id: shop\npipeline:\n  - name: CompactLLMCommandGenerator\npolicies:\n  - name: FlowPolicy\n',
    'bot/domain.yml':
      'version: "3.1"\nresponses:\n  utter_free_chitchat_response:\n    - text: "placeholder"\n      metadata:\n        rephrase: True\n        rephrase_prompt: "Answer any question the user asks on any topic."\n',
    'bot/data/flows.yml':
      'flows:\n  order_status:\n    description: Tell the customer where their order is.\n    steps:\n      - action: action_order_status\n',
    'bot/data/patterns.yml':
      'flows:\n  pattern_chitchat:\n    description: off-topic\n    steps:\n      - action: utter_free_chitchat_response\n',
    'bot/credentials.yml': 'whatsapp:\n  auth_token: x\n',
  });
  const r = runJson(['bot'], dir);
  const files = r.json.map((e) => e.file);
  assert.deepEqual(files, [
    'bot/config.yml',
    'bot/credentials.yml',
    'bot/data/flows.yml',
    'bot/data/patterns.yml',
    'bot/domain.yml',
  ]);
  assert.ok(r.json.every((e) => e.kind === 'rasa'));
  const texts = Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8').split('\n')]));
  for (const e of r.json)
    for (const f of e.findings)
      assert.ok(f.line <= texts[e.file].length, `${e.file}:${f.line} (${f.rule}) is past the end of the file`);
  assert.ok(
    r.json.some((e) => e.findings.length),
    'expected at least one finding in the project',
  );
});

test('--quiet, --max-warnings and --rule change what is reported and the exit code', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  const all = runJson(['.'], dir);
  assert.ok(
    all.json[0].findings.some((f) => f.severity === 'warning'),
    'fixture needs a warning (no-human-escalation)',
  );
  const quiet = runJson(['--quiet', '.'], dir);
  assert.equal(quiet.code, 1);
  assert.ok(quiet.json[0].findings.length > 0 && quiet.json[0].findings.every((f) => f.severity === 'error'));

  const demoted = ['--rule', 'prompt/open-domain-grant=warning', '--rule', 'prompt/no-business-scope=warning'];
  const warnOnly = runJson([...demoted, '.'], dir);
  assert.equal(warnOnly.code, 0, JSON.stringify(warnOnly.json));
  assert.ok(warnOnly.json[0].findings.every((f) => f.severity === 'warning'));
  const tooMany = runJson([...demoted, '--max-warnings', '0', '.'], dir);
  assert.equal(tooMany.code, 1);
  assert.match(tooMany.stderr, /too many warnings/);
  const enough = runJson([...demoted, '--max-warnings', '1000', '.'], dir);
  assert.equal(enough.code, 0);
  const off = runJson(['--rule', 'prompt/no-human-escalation=off', '.'], dir);
  assert.ok(!off.json[0].findings.some((f) => f.rule === 'prompt/no-human-escalation'));
});

test('--output-file writes the report to a file', () => {
  const dir = fixture({ 'prompts/open.system.md': OPEN_PROMPT });
  const r = runCli(['-f', 'json', '-o', 'reports/out.json', '.'], dir);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'reports/out.json'), 'utf8'));
  assert.equal(json[0].file, 'prompts/open.system.md');
});

test('--help documents every option and --version prints the package version', () => {
  const help = runCli(['--help'], REPO);
  assert.equal(help.code, 0);
  for (const opt of [
    '--format',
    'text',
    'json',
    'sarif',
    'github',
    '--config',
    '--output-file',
    '--rule',
    '--quiet',
    '--max-warnings',
    '--help',
    '--version',
    'Exit codes',
  ]) {
    assert.ok(help.stdout.includes(opt), `help lacks ${opt}`);
  }
  const version = runCli(['--version'], REPO);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
});
