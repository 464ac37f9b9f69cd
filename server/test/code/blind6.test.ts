// Code-bot blind set 6: 30 small projects (10 TypeScript, 10 JavaScript, 10 Python; prompts in 9 languages,
// 6 non-bots) by a writer who had not read the code. Before any fix: P 0.833 R 0.833 handoff 0.833, non-bots
// silent 6/6 (docs/accuracy.md); the three misses left after the code fixes are the prompt analysis's (id, tr,
// hi). Each project folder is linted as its own workspace by the built CLI (scripts/eval-code.js); the floors are
// the figures after the fixes, rounded down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { cliPath } from '../analysis/blindFloors';

interface Figures {
  precision: number;
  recall: number;
  handoff: number;
  notABot: number;
}
type Evaluate = (
  sets: string[],
  cli: string,
) => { total: Figures; misses: { id: string; wrong: string[]; rules: string[] }[] };
const { evaluate } = require('../../../scripts/eval-code.js') as { evaluate: Evaluate };

const FLOORS: Figures = { precision: 0.8, recall: 1, handoff: 0.95, notABot: 1 };

/** The set's folder in the source tree, found from the bundled test's folder (out/test/...). */
function setFolder(): string {
  const root = path.dirname(path.dirname(cliPath()));
  return path.join(root, 'server', 'test', 'code', 'blind6', 'c2');
}

test('code-bot blind set 6: precision, recall, handoff and non-bot silence stay above their floors', () => {
  const { total, misses } = evaluate([setFolder()], cliPath());
  const why = misses.map((m) => `${m.id}: ${m.wrong.join(', ')} → ${m.rules.join(' ')}`).join('\n');
  for (const key of ['precision', 'recall', 'handoff', 'notABot'] as const)
    assert.ok(total[key] >= FLOORS[key], `${key} ${total[key].toFixed(3)} < ${FLOORS[key]}\n${why}`);
});
