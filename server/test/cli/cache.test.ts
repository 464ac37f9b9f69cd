import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fixture, OPEN_PROMPT, REPO, runCli, runJson, SCOPED_PROMPT } from './helpers';

const summary = (json: { file: string; findings: { rule: string }[] }[]) =>
  json.map((r) => `${r.file}: ${r.findings.map((f) => f.rule).join(',')}`).sort();

test('--cache reuses results of unchanged files and re-checks changed ones, their projects and config changes', () => {
  const root = fixture({
    'prompts/a.system.md': SCOPED_PROMPT,
    'prompts/b.system.md': OPEN_PROMPT,
    'other/c.system.md': SCOPED_PROMPT,
  });
  const first = runJson(['--cache', '.'], root);
  assert.ok(fs.existsSync(path.join(root, '.wa-policy-cache')));
  const cold = summary(first.json);
  assert.deepEqual(summary(runJson(['--cache', '.'], root).json), cold, 'a warm run reports the same');

  fs.writeFileSync(path.join(root, 'prompts/a.system.md'), OPEN_PROMPT);
  const changed = runJson(['--cache', '.'], root);
  assert.ok(
    changed.json
      .find((r) => r.file === 'prompts/a.system.md')!
      .findings.some((f) => f.rule === 'prompt/open-domain-grant'),
    'the changed file is re-checked',
  );
  assert.equal(changed.code, 1);

  fs.writeFileSync(path.join(root, '.wa-policy.yaml'), 'rules:\n  prompt/open-domain-grant: off\n');
  const configured = runJson(['--cache', '.'], root);
  assert.ok(
    !configured.json.some((r) => r.findings.some((f) => f.rule === 'prompt/open-domain-grant')),
    'a new config invalidates the cache',
  );
  assert.deepEqual(summary(runJson(['--cache', '--workers', '2', '.'], root).json), summary(configured.json));
});

test('--workers gives the same report as one thread', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`p/${i}.system.md`] = i % 3 ? SCOPED_PROMPT : OPEN_PROMPT;
  const root = fixture(files);
  const one = runJson(['--workers', '1', '.'], root);
  const three = runJson(['--workers', '3', '.'], root);
  assert.deepEqual(three.json, one.json);
  assert.equal(three.code, one.code);
});

test('--cache: a warm run answers from the cache without rewriting it; a changed project file re-checks its project', () => {
  const src = path.join(REPO, 'test-fixtures/flow/open-domain-fallback/shop');
  const files: Record<string, string> = {};
  for (const f of ['config.yml', 'domain.yml', 'endpoints.yml', 'data/flows.yml', 'data/patterns.yml'])
    files[`shop/${f}`] = fs.readFileSync(path.join(src, f), 'utf8');
  const root = fixture(files);
  const cacheFile = path.join(root, '.wa-policy-cache');
  const uncached = () => summary(runJson(['.'], root).json);
  const cached = () => summary(runJson(['--cache', '.'], root).json);
  const seen = new Set<string>();
  const same = (what: string) => {
    const expected = uncached();
    seen.add(expected.join('\n'));
    assert.deepEqual(cached(), expected, what);
  };

  same('first run');
  const written = fs.statSync(cacheFile).mtimeMs;
  same('warm run');
  assert.equal(
    fs.statSync(cacheFile).mtimeMs,
    written,
    'a warm run with nothing changed leaves the cache file as it is',
  );

  const patterns = path.join(root, 'shop/data/patterns.yml');
  const text = fs.readFileSync(patterns, 'utf8');
  fs.writeFileSync(patterns, text.replace('utter_free_chitchat_response', 'utter_cannot_handle'));
  same('a dependency of domain.yml changed');
  fs.renameSync(patterns, path.join(root, 'shop/data/moved.yml'));
  fs.writeFileSync(path.join(root, 'shop/data/more.yml'), text);
  same('files added to and removed from the project');
  assert.ok(seen.size > 1, 'the edits changed the findings (the test can fail)');
});

test('--cache: a damaged cache file is a miss, never a crash', () => {
  const root = fixture({ 'prompts/a.system.md': SCOPED_PROMPT, 'prompts/b.system.md': OPEN_PROMPT });
  const expected = summary(runJson(['.'], root).json);
  runJson(['--cache', '.'], root);
  const cacheFile = path.join(root, '.wa-policy-cache');
  const written = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, unknown>; deps: unknown[] };
  const [first, second] = Object.keys(written.files);
  written.files[first] = [null, 'not findings', [99999, -1, 'x']];
  written.files[second] = { deps: 'no' };
  fs.writeFileSync(cacheFile, JSON.stringify(written));
  const damaged = runJson(['--cache', '.'], root);
  assert.deepEqual(summary(damaged.json), expected, 'damaged entries are checked again');
  fs.writeFileSync(cacheFile, JSON.stringify({ ...written, deps: [42, null] }));
  assert.deepEqual(
    summary(runJson(['--cache', '.'], root).json),
    expected,
    'a damaged dependency table empties the cache',
  );
});

test('--cache: with a cache file the code parsers load on demand, and a changed bot in code is still found', () => {
  const src = path.join(REPO, 'test-fixtures/code/baileys-anthropic-ts');
  const files: Record<string, string> = { 'prompts/a.system.md': SCOPED_PROMPT };
  for (const f of ['package.json', 'src/bot.ts', 'src/ai/claude.ts', 'src/ai/persona.ts'])
    files[`bot/${f}`] = fs.readFileSync(path.join(src, f), 'utf8');
  const root = fixture(files);
  const uncached = summary(runJson(['.'], root).json);
  assert.ok(
    uncached.some((l) => l.startsWith('bot/')),
    'the fixture is a bot in code',
  );
  assert.deepEqual(summary(runJson(['--cache', '.'], root).json), uncached, 'first run (parsers loaded up front)');
  // A changed prompt alone: answered without the parsers; a changed code file: checked once they have loaded.
  fs.appendFileSync(path.join(root, 'prompts/a.system.md'), '\nKeep every answer short.\n');
  assert.deepEqual(summary(runJson(['--cache', '.'], root).json), uncached);
  for (const f of ['bot/src/bot.ts', 'bot/src/ai/persona.ts']) fs.appendFileSync(path.join(root, f), '\n// touched\n');
  assert.deepEqual(summary(runJson(['--cache', '.'], root).json), uncached, 'changed code files');
  assert.deepEqual(summary(runJson(['--cache', '--workers', '1', '.'], root).json), uncached, 'warm again');
});

test('--cache: the warm worker (started before the cache is checked) checks the changed files, code bots included', () => {
  const src = path.join(REPO, 'test-fixtures/code/baileys-anthropic-ts');
  const files: Record<string, string> = { 'prompts/a.system.md': SCOPED_PROMPT, 'prompts/b.system.md': SCOPED_PROMPT };
  for (const f of ['package.json', 'src/bot.ts', 'src/ai/claude.ts', 'src/ai/persona.ts'])
    files[`bot/${f}`] = fs.readFileSync(path.join(src, f), 'utf8');
  const root = fixture(files);
  const warm = (args: string[]) => {
    const r = runCli(['--format', 'json', '--cache', ...args, '.'], root, { WA_POLICY_WARM_WORKER: '1' });
    return summary(JSON.parse(r.stdout));
  };
  runJson(['--cache', '.'], root);
  assert.deepEqual(warm([]), summary(runJson(['.'], root).json), 'nothing changed: the worker is ended unused');
  fs.writeFileSync(path.join(root, 'prompts/a.system.md'), OPEN_PROMPT);
  for (const f of ['bot/src/bot.ts', 'bot/src/ai/persona.ts']) fs.appendFileSync(path.join(root, f), '\n// touched\n');
  const expected = summary(runJson(['.'], root).json);
  assert.ok(expected.some((l) => l.startsWith('bot/')) && expected.some((l) => /a\.system\.md: .*open-domain/.test(l)));
  assert.deepEqual(warm([]), expected, 'a changed prompt and changed code files, checked on the warm worker');
  fs.appendFileSync(path.join(root, 'prompts/b.system.md'), '\nKeep every answer short.\n');
  assert.deepEqual(warm(['--workers', '2']), summary(runJson(['.'], root).json), 'the warm worker as one of two');
});

test('fixes reach SARIF through workers and the cache; a cache written by a JSON run (no fixes) does not serve SARIF', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 6; i++) files[`p/${i}.system.md`] = OPEN_PROMPT;
  const root = fixture(files);
  const fixes = (args: string[]) => {
    const r = runCli(['--format', 'sarif', ...args, '.'], root);
    const results = (JSON.parse(r.stdout) as { runs: { results: { fixes?: unknown[] }[] }[] }).runs[0].results;
    return results.map((x) => x.fixes ?? []);
  };
  const one = fixes(['--workers', '1']);
  assert.ok(
    one.some((f) => f.length > 0),
    'the open prompt has a quick fix',
  );
  assert.deepEqual(fixes(['--workers', '2']), one);
  runJson(['--cache', '.'], root);
  assert.deepEqual(fixes(['--cache']), one, 'after a JSON run with --cache');
  assert.deepEqual(fixes(['--cache']), one, 'from the SARIF run cache');
});
