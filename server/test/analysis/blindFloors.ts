// Floors for a blind set scored through the built CLI (scripts/eval-prompts.js): the figures after the fixes,
// rounded down, so that a regression fails. The before-fix figures, the estimate that counts, are in
// docs/accuracy.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

export interface Figures {
  precision: number;
  recall: number;
  handoff: number;
  notABot: number;
}
type Evaluate = (
  cases: unknown[],
  opts: { cli: string; includeAll: boolean },
) => { total: Figures; misses: { id: string; wrong: string[] }[] };
const { evaluate } = require('../../../scripts/eval-prompts.js') as { evaluate: Evaluate };

/** dist/cli.js of this checkout, found from the bundled test's folder. */
export function cliPath(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const p = path.join(dir, 'dist', 'cli.js');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('dist/cli.js not found: run `npm run build` first');
}

/**
 * One test per discovery mode: `default` (files where a user put them; some are not found as prompts without an
 * `include` setting) and `include` (every .md/.txt included: the analysis alone).
 */
export function blindSetFloors(name: string, cases: unknown[], floors: { default: Figures; include: Figures }): void {
  for (const [run, floor] of Object.entries(floors)) {
    test(`${name} (${run} discovery): precision, recall, handoff and not-a-bot stay above their floors`, () => {
      const r = evaluate(cases, { cli: cliPath(), includeAll: run === 'include' });
      const t = r.total;
      const misses = r.misses.map((m) => `${m.id}: ${m.wrong.join(', ')}`).join('\n');
      for (const key of ['precision', 'recall', 'handoff', 'notABot'] as const) {
        // A figure is null when the set has no case of its kind (a dev set without not-a-bot cases).
        const v = t[key] as number | null;
        if (v !== null) assert.ok(v >= floor[key], `${key} ${v.toFixed(3)} < ${floor[key]}\n${misses}`);
      }
    });
  }
}
