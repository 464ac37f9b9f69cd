import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { CLI, fixture, OPEN_PROMPT, REPO, runJson, SCOPED_PROMPT } from './helpers';
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

/** Runs the action's Lint step as the runner would: its env with the inputs filled in, bash, $GITHUB_OUTPUT. */
function runLintStep(cwd: string, inputs: Record<string, string>) {
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  const value = (expr: string) =>
    expr.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, __, name?: string) =>
      name ? (inputs[name] ?? action.inputs[name]?.default ?? '') : REPO,
    );
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, value(v)]));
  const output = path.join(cwd, 'github-output');
  fs.writeFileSync(output, '');
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', step.run!], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env, CLI, GITHUB_OUTPUT: output },
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
  assert.deepEqual(
    validate(
      sarif,
      JSON.parse(fs.readFileSync(path.join(REPO, 'server/test/cli/sarif-2.1.0-rtm.5.schema.json'), 'utf8')),
    ),
    [],
  );
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
