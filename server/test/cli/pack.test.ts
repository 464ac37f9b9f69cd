import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CLI, fixture, REPO } from './helpers';

const npm = (args: string[], cwd: string) => {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

test('npm pack holds only the CLI, the language server, its grammars, README, LICENSE and package.json', () => {
  const [pack] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], REPO)) as {
    files: { path: string }[];
  }[];
  // The code grammars (dist/wasm) are what the CLI needs to read bots written in TS/JS/Python.
  assert.deepEqual(
    pack.files
      .map((f) => f.path)
      .filter((p) => !p.startsWith('dist/wasm/'))
      .sort(),
    ['LICENSE', 'README.md', 'dist/cli.js', 'dist/server.js', 'package.json'],
  );
  assert.ok(
    pack.files.some((f) => f.path === 'dist/wasm/tree-sitter.wasm'),
    'the tree-sitter runtime is packed',
  );
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.dependencies ?? {}, {}, 'dist is bundled: no runtime dependencies');
  assert.equal(pkg.bin['wa-policy-lint'], 'dist/cli.js');
});

test('the packed tarball installs offline into an empty prefix and its wa-policy-lint binary lints test-fixtures/', () => {
  const tmp = fixture({});
  npm(['pack', '--ignore-scripts', '--pack-destination', tmp], REPO);
  const tgz = fs.readdirSync(tmp).find((f) => /^wa-policy-lint-.+\.tgz$/.test(f));
  assert.ok(tgz, fs.readdirSync(tmp).join(', '));
  const prefix = path.join(tmp, 'prefix');
  npm(['install', '-g', '--prefix', prefix, path.join(tmp, tgz), '--offline'], tmp);
  const installed = path.join(prefix, 'lib', 'node_modules', 'wa-policy-lint');
  assert.ok(!fs.existsSync(path.join(installed, 'node_modules')), 'nothing else installed');
  const bin = path.join(prefix, 'bin', 'wa-policy-lint');
  assert.ok(fs.statSync(bin).mode & 0o111, 'the binary is executable');

  // Run it the way a user would: from PATH, in a folder outside the repository.
  const work = path.join(tmp, 'work');
  fs.cpSync(path.join(REPO, 'test-fixtures'), path.join(work, 'test-fixtures'), { recursive: true });
  const env = { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${path.dirname(process.execPath)}`, HOME: tmp };
  const run = (args: string[]) => spawnSync('wa-policy-lint', args, { cwd: work, encoding: 'utf8', env });
  const version = run(['--version']);
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  const viaPackage = run(['--format', 'json', 'test-fixtures']);
  const viaDist = spawnSync(process.execPath, [CLI, '--format', 'json', 'test-fixtures'], {
    cwd: work,
    encoding: 'utf8',
  });
  assert.equal(viaPackage.status, 1, viaPackage.stderr);
  assert.ok(JSON.parse(viaPackage.stdout).length > 20);
  assert.equal(viaPackage.stdout, viaDist.stdout);
  const report = run(['report', 'test-fixtures']);
  assert.equal(report.status, 0, report.stderr);
  assert.match(report.stdout, /```mermaid\nflowchart LR/);
});
