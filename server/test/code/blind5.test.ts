// Code-bot blind set 5: 32 small projects (TypeScript, JavaScript, Python; 12 WhatsApp transports, 14 LLM SDK
// styles, 6 non-bots) by a writer who had not read the code. Before any fix: P 0.909 R 0.769 handoff 0.846,
// non-bots silent 6/6 (docs/accuracy.md). Each project folder is linted as its own workspace by the built CLI
// (scripts/eval-code.js); the floors are the figures after the fixes, rounded down.
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

const FLOORS: Figures = { precision: 0.92, recall: 1, handoff: 1, notABot: 1 };

/** The set's folder in the source tree, found from the bundled test's folder (out/test/...). */
function setFolder(): string {
  const root = path.dirname(path.dirname(cliPath()));
  return path.join(root, 'server', 'test', 'code', 'blind5', 'c1');
}

test('code-bot blind set 5: precision, recall, handoff and non-bot silence stay above their floors', () => {
  const { total, misses } = evaluate([setFolder()], cliPath());
  const why = misses.map((m) => `${m.id}: ${m.wrong.join(', ')} → ${m.rules.join(' ')}`).join('\n');
  for (const key of ['precision', 'recall', 'handoff', 'notABot'] as const)
    assert.ok(total[key] >= FLOORS[key], `${key} ${total[key].toFixed(3)} < ${FLOORS[key]}\n${why}`);
});
