import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FORMATS, type FormatFixture } from './formatFixtures';
import { checkLint, memoryHost, newService, Tally, WS } from './harness';
import * as fs from 'node:fs';
import { applyMutations, mutationsArb, type Mutation } from './mutate';

/** Cases per format with the fixed seed; ROBUSTNESS_RUNS changes it (CI keeps the default). */
const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 10_000);
/** Extra cases per format with a fresh seed each run, printed so a failure can be replayed (ROBUSTNESS_SEED). */
const RANDOM_RUNS = Math.max(1, Math.round(RUNS / 10));
const FIXED_SEED = 20260115;
const RANDOM_SEED = Number(process.env.ROBUSTNESS_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Registers the mutation property of the named formats (two test files share the formats, so they run in parallel). */
export function formatProperties(names: string[]): void {
  console.log(
    `robustness: fixed seed ${FIXED_SEED}, random seed ${RANDOM_SEED} (replay with ROBUSTNESS_SEED=${RANDOM_SEED})`,
  );
  for (const format of FORMATS.filter((f) => names.includes(f.name))) formatProperty(format);
}

function formatProperty(format: FormatFixture): void {
  const label = format.label ?? format.name;
  test(`property: mutated ${label} files never crash, hang or report outside the file`, () => {
    const host = memoryHost(format.files);
    const service = newService(host);
    const uri = `${WS}/${format.main}`;
    const base = host.readFile(uri)!;
    assert.ok(base, `fixture ${uri}`);
    assert.equal(service.kindOf(uri), format.name, `${uri} is detected as ${format.name}`);
    // What a process does once (code parsers, lexicons, a first analysis) is not a case's time: the first case of
    // the TypeScript run took 14.7 s at load 30 and was counted as a hang (session 10's base run).
    service.lint(uri);
    service.invalidate(uri);
    const tally = new Tally(`mutated ${label}`);
    const property = fc.property(mutationsArb, (ms) => {
      const text = applyMutations(base, ms);
      traceCase(label, ms);
      host.set(uri, text);
      service.invalidate(uri);
      const r = checkLint(service, host, uri);
      tally.add(r.verdict, r.ms, text.length, r.detail);
      // Thrown, so that fast-check's report names what went wrong with the counterexample.
      if (r.verdict !== 'ok') throw new Error(`${r.verdict}: ${r.detail}`);
    });
    try {
      fc.assert(property, { seed: FIXED_SEED, numRuns: RUNS });
      fc.assert(property, { seed: RANDOM_SEED, numRuns: RANDOM_RUNS });
    } finally {
      traceCase(label, undefined);
      tally.record(`seeds ${FIXED_SEED}+${RANDOM_SEED}`);
    }
    assert.equal(tally.crashes + tally.hangs + tally.wrong, 0, tally.first);
  });
}

/**
 * A hang never returns to fast-check: with ROBUSTNESS_TRACE set (the runner sets it), the case under way is
 * written to `<trace>.<format>` before it runs and the file is removed when the format is done, so the runner
 * can name the input of a case that makes no progress (see scripts/run-robustness.js).
 */
function traceCase(format: string, ms: Mutation[] | undefined): void {
  const file = process.env.ROBUSTNESS_TRACE;
  if (!file) return;
  if (ms) fs.writeFileSync(`${file}.${format}`, JSON.stringify({ seeds: [FIXED_SEED, RANDOM_SEED], mutations: ms }));
  else fs.rmSync(`${file}.${format}`, { force: true });
}
