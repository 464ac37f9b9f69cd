import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { fixture, OPEN_PROMPT, REPO, runJson, SCOPED_PROMPT } from './helpers';
import { validate } from './jsonSchema';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default?: string }>;
};

/**
 * Runs one of the action's bash steps as the runner would: its env with the inputs filled in, bash -e, in its
 * working directory, with $GITHUB_OUTPUT. `actionPath` is where the runner checked the action out.
 */
function runStep(
  id: string | ((s: Step) => boolean),
  cwd: string,
  inputs: Record<string, string>,
  actionPath = REPO,
  binFirst?: string,
) {
  const step = action.runs.steps.find((s) => (typeof id === 'string' ? s.id === id : id(s)))!;
  const value = (expr: string) =>
    expr.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, __, name?: string) =>
      name ? (inputs[name] ?? action.inputs[name]?.default ?? '') : actionPath,
    );
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, value(v)]));
  const output = path.join(cwd, 'github-output');
  fs.writeFileSync(output, '');
  const dir = (step as Step & { 'working-directory'?: string })['working-directory'];
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', step.run!], {
    cwd: dir ? value(dir) : cwd,
    encoding: 'utf8',
    env: { PATH: [binFirst, process.env.PATH].filter(Boolean).join(path.delimiter), ...env, GITHUB_OUTPUT: output },
  });
  return {
    ...r,
    outputs: Object.fromEntries(
      fs
        .readFileSync(output, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('=')),
    ),
  };
}
const runLintStep = (cwd: string, inputs: Record<string, string>, actionPath = REPO) =>
  runStep('lint', cwd, inputs, actionPath);
const sarifSchema = () =>
  JSON.parse(fs.readFileSync(path.join(REPO, 'server/test/cli/sarif-2.1.0-rtm.5.schema.json'), 'utf8'));

test('action.yml: a composite action that uploads its SARIF with github/codeql-action/upload-sarif', () => {
  assert.equal(action.runs.using, 'composite');
  const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.ok(upload);
  assert.equal(upload.with?.sarif_file, '${{ inputs.sarif-file }}');
  assert.match(upload.if ?? '', /always\(\)/, 'uploads even when the lint step found errors');
});

test("action.yml's lint step annotates, writes valid SARIF and reports the exit code", () => {
  const dir = fixture({ 'bots/open.system.md': OPEN_PROMPT, 'bots/prompts/shop.system.md': SCOPED_PROMPT });
  const r = runLintStep(dir, { paths: 'bots', 'report-file': 'out/report.md' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.outputs['exit-code'], '1');
  assert.match(r.stdout, /^::error file=bots\/open\.system\.md,line=\d+/m);
  const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'wa-policy-lint.sarif'), 'utf8'));
  assert.deepEqual(validate(sarif, sarifSchema()), []);
  assert.equal(sarif.runs[0].results.length, runJson(['bots'], dir).json.flatMap((e) => e.findings).length);
  assert.match(fs.readFileSync(path.join(dir, 'out/report.md'), 'utf8'), /^## bots\/open\.system\.md$/m);
  const clean = runLintStep(dir, { paths: 'bots/prompts' });
  assert.equal(clean.outputs['exit-code'], '0');
  const broken = runLintStep(dir, { paths: 'missing-folder' });
  assert.notEqual(broken.status, 0, 'a usage error fails the step');
  assert.equal(broken.outputs['exit-code'], '2');
});

test('.pre-commit-hooks.yaml runs the package binary on the files the linter reads', () => {
  const [hook] = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  assert.equal(hook.language, 'node');
  assert.ok(pkg.bin[hook.entry], `entry ${hook.entry} is a bin of the package`);
  assert.ok(pkg.scripts.prepack, 'pre-commit installs through npm pack: prepack builds dist/');
  const files = new RegExp(hook.files);
  const linted = runJson(['test-fixtures'], REPO).json.map((e) => e.file);
  for (const f of linted) assert.match(f, files);
  assert.doesNotMatch('docs/images/e2e-hover.png', files);
});

/** `npm pack` of the repository (dist/ as built), unpacked: what the action and the hook get to run. */
function packed(): { tgz: string; dir: string } {
  const tmp = fixture({});
  const npm = (args: string[], cwd: string) => {
    const r = spawnSync('npm', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
  };
  npm(['pack', '--ignore-scripts', '--pack-destination', tmp], REPO);
  const tgz = path.join(
    tmp,
    fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'))!,
  );
  const r = spawnSync('tar', ['-xzf', tgz, '-C', tmp]);
  assert.equal(r.status, 0, String(r.stderr));
  return { tgz, dir: path.join(tmp, 'package') };
}

test("action.yml's steps run the packed CLI on test-fixtures/: the build is skipped, the SARIF validates, the exit code is 1", () => {
  for (const s of action.runs.steps.filter((x) => x.uses))
    assert.match(s.uses!, /^[\w-]+\/[\w/-]+@v\d+$/, 'every action the composite calls is pinned to a major version');
  const { dir: actionPath } = packed();
  const work = fixture({});
  fs.cpSync(path.join(REPO, 'test-fixtures'), path.join(work, 'test-fixtures'), { recursive: true });
  // With dist/ present the build step must not run npm: a failing npm on the PATH proves it.
  const bin = path.join(work, 'no-npm');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\nexit 97\n', { mode: 0o755 });
  const buildStep = (s: Step) => /npm ci/.test(s.run ?? '');
  const built = runStep(buildStep, work, {}, actionPath, bin);
  assert.equal(built.status, 0, `the build step ran with dist/ present: ${built.stderr}`);
  const unbuilt = runStep(buildStep, work, {}, fixture({}), bin);
  assert.equal(unbuilt.status, 97, 'without dist/ the build step runs npm ci');

  const r = runLintStep(work, { paths: 'test-fixtures', 'report-file': 'wa-policy-report.html' }, actionPath);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.outputs['exit-code'], '1');
  assert.match(r.stdout, /^::error file=test-fixtures\//m);
  const sarif = JSON.parse(fs.readFileSync(path.join(work, 'wa-policy-lint.sarif'), 'utf8'));
  assert.deepEqual(validate(sarif, sarifSchema()), []);
  assert.equal(
    sarif.runs[0].tool.driver.version,
    JSON.parse(fs.readFileSync(path.join(actionPath, 'package.json'), 'utf8')).version,
  );
  const findings = runJson(['test-fixtures'], work).json.flatMap((e) => e.findings);
  assert.equal(sarif.runs[0].results.length, findings.length);
  assert.ok(sarif.runs[0].results.every((x: { partialFingerprints?: object }) => x.partialFingerprints));
  assert.match(fs.readFileSync(path.join(work, 'wa-policy-report.html'), 'utf8'), /^<!DOCTYPE html>/);
});

test("the pre-commit hook's entry is the bin of the installed package and lints the files pre-commit passes it", () => {
  const [hook] = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { entry: string }[];
  const { tgz } = packed();
  // pre-commit's node hooks install the repository as a package into their own prefix, then run `entry` from it.
  const prefix = path.join(path.dirname(tgz), 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, tgz, '--offline'], { encoding: 'utf8' });
  assert.equal(install.status, 0, install.stderr);
  const entry = path.join(prefix, 'bin', hook.entry);
  assert.ok(fs.statSync(entry).mode & 0o111, `${hook.entry} is an executable bin after install`);
  const files = ['test-fixtures/prompt/open-domain-grant/sparky.system.md', 'README.md'];
  for (const f of files) assert.ok(fs.existsSync(path.join(REPO, f)), f);
  const env = { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${path.dirname(process.execPath)}` };
  const r = spawnSync(hook.entry, files, { cwd: REPO, encoding: 'utf8', env });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /open-domain/);
});
