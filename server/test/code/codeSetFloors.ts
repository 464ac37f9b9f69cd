// Floors for a code-bot blind set scored through the built CLI (scripts/eval-code.js): each project folder is
// linted as its own workspace; the floors are the figures after the fixes, rounded down. The before-fix figures,
// the estimate that counts, are in docs/accuracy.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { cliPath, type Figures } from '../analysis/blindFloors';

type Evaluate = (
  sets: string[],
  cli: string,
) => { total: Figures; misses: { id: string; wrong: string[]; rules: string[] }[] };
const { evaluate } = require('../../../scripts/eval-code.js') as { evaluate: Evaluate };

/** `folder` is relative to server/test/code in the source tree (found from the bundled test's folder). */
export function codeSetFloors(name: string, folder: string, floors: Figures): void {
  test(`${name}: precision, recall, handoff and non-bot silence stay above their floors`, () => {
    const root = path.dirname(path.dirname(cliPath()));
    const { total, misses } = evaluate([path.join(root, 'server', 'test', 'code', folder)], cliPath());
    const why = misses.map((m) => `${m.id}: ${m.wrong.join(', ')} → ${m.rules.join(' ')}`).join('\n');
    for (const key of ['precision', 'recall', 'handoff', 'notABot'] as const)
      assert.ok(total[key] >= floors[key], `${key} ${total[key].toFixed(3)} < ${floors[key]}\n${why}`);
  });
}
