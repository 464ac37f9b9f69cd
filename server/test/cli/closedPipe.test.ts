import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { CLI, REPO } from './helpers';

/** Runs the CLI with the read end of its stdout closed before it writes (as `| head -c 200` has done by then). */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('output into a pipe closed early (| head) ends with the run’s exit code and no EPIPE stack trace', async () => {
  const r = await runIntoClosedPipe(['--format', 'json', path.join(REPO, 'test-fixtures')]);
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled 'error' event/, r.stderr);
  assert.equal(r.code, 1, `exit code 1 (the fixtures have errors), got ${r.code}; stderr: ${r.stderr}`);
});
