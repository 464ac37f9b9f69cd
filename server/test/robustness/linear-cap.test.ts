import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService, EDITOR_MAX_FINDINGS, type Finding } from '../../src/service';
import { memoryHost, Tally, WS } from './harness';

/**
 * `limits.maxFindingsPerFile` bounds the work after the rules, not only what is sent: ranges, messages, fix
 * edits and suppression placement are built for the findings kept, so a prompt with 40,000 grant lines costs
 * a small share of what building all of them costs once the rules have run. Timed on
 * the second lint of the same text (the model and the rule results are cached; what is left is the work after
 * the rules and the linear reading of the text: detection, limits, line index), for 1×, 4× and 16× inputs;
 * without the cap the work grows with the findings.
 */
const LINES = Number(process.env.ROBUSTNESS_CAP_LINES ?? 2500);
const RUNS = 5;
const HEAD = 'You are the assistant of Sunny Shoes. You only help with orders.\n';
const GRANT = 'Answer any question the user asks.\n';
/** Same-size lines without a finding. */
const PLAIN = 'Help customers track their parcels.\n'.slice(-GRANT.length);
/**
 * The capped work after the rules must be under this share of the uncapped work at 16×: what is left per
 * dropped finding is a few array passes (severity, suppression, order), not a finding built. The same-size
 * prompt with the cap's worth of grants is printed beside it (the linear reading of the text).
 */
const MAX_SHARE = 1 / 5;
/** Below this a time is noise on a shared machine. */
const NOISE_MS = 15;

const tally = new Tally('findings cap bounds the work (1×, 4×, 16×)');

/** The fastest of RUNS lints after the first (whose rule results they reuse); the first lint's time and findings. */
function timeAssembly(text: string, max: number | undefined) {
  const uri = `${WS}/p/a.system.md`;
  const service = createPolicyService({ host: memoryHost({ [uri]: text }), maxFindingsPerFile: max });
  let t0 = performance.now();
  const first = service.lint(uri)!.findings;
  const firstMs = performance.now() - t0;
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    const again = service.lint(uri)!.findings;
    best = Math.min(best, performance.now() - t0);
    assert.equal(again.length, first.length);
  }
  return { firstMs, afterRulesMs: best, findings: first };
}

/** The `max` most severe findings of an uncapped lint, in file order: what the cap keeps. */
function mostSevere(all: Finding[], max: number): Finding[] {
  const severityOrder = ['error', 'warning', 'info'];
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityOrder.indexOf(a.f.severity) - severityOrder.indexOf(b.f.severity) || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f);
}

test('findings cap: the work after the rules does not grow with the findings dropped', () => {
  const texts = [1, 4, 16].map((k) => HEAD + GRANT.repeat(LINES * k));
  const plains = [1, 4, 16].map((k) => HEAD + GRANT.repeat(LINES) + PLAIN.repeat(LINES * (k - 1)));
  const capped = texts.map((t) => timeAssembly(t, EDITOR_MAX_FINDINGS));
  const few = plains.map((t) => timeAssembly(t, EDITOR_MAX_FINDINGS).afterRulesMs);
  const uncapped16 = timeAssembly(texts[2], undefined);
  const ms = capped.map((c) => c.afterRulesMs);
  const f = (list: number[]) => list.map((t) => t.toFixed(1)).join(' / ');
  const line =
    `findings cap: ${LINES} / ${LINES * 4} / ${LINES * 16} grant lines, after the rules ${f(ms)} ms capped at ` +
    `${EDITOR_MAX_FINDINGS}; same sizes with ${LINES} grant lines ${f(few)} ms; uncapped 16× ` +
    `${uncapped16.afterRulesMs.toFixed(1)} ms (${uncapped16.findings.length} findings); whole first lint ` +
    `${capped.map((c) => c.firstMs.toFixed(0)).join(' / ')} ms`;
  console.log(line);
  capped.forEach((c, i) => tally.add('ok', c.afterRulesMs, texts[i].length));

  // What is kept and the note are as before: the cap's worth of findings and one input/limits info.
  for (const [i, c] of capped.entries()) {
    const notes = c.findings.filter((f) => f.rule === 'input/limits');
    assert.equal(notes.length, 1, 'one input/limits note');
    assert.equal(notes[0].severity, 'info');
    assert.equal(c.findings.length, EDITOR_MAX_FINDINGS + 1);
    const all = uncapped16.findings.length;
    if (i === 2) assert.match(notes[0].message, new RegExp(`^${all - EDITOR_MAX_FINDINGS} more findings`));
  }
  // The findings kept are the first ones of the uncapped lint, most severe first, in file order.
  const kept = capped[2].findings.filter((f) => f.rule !== 'input/limits');
  const expected = mostSevere(uncapped16.findings, EDITOR_MAX_FINDINGS);
  assert.deepEqual(kept, expected);
  assert.ok(
    kept.some((f) => f.rule === 'prompt/open-domain-grant'),
    'grant findings are kept',
  );

  const bounded = ms[2] <= Math.max(uncapped16.afterRulesMs * MAX_SHARE, NOISE_MS);
  if (!bounded) tally.hangs++;
  assert.ok(bounded, `the work after the rules grows with the findings dropped: ${line}`);
});

test('findings cap: findings a suppression comment turns off are not counted nor kept', () => {
  const uri = `${WS}/p/a.system.md`;
  const off = '<!-- wa-policy-disable-next-line prompt/open-domain-grant -- generated examples -->\n';
  const text = HEAD + (off + GRANT + GRANT).repeat(600);
  const lint = (max?: number) =>
    createPolicyService({ host: memoryHost({ [uri]: text }), maxFindingsPerFile: max }).lint(uri)!.findings;
  const all = lint();
  const capped = lint(100);
  assert.ok(all.length > 600 && all.length < 1200, `half the grants are suppressed (${all.length})`);
  assert.deepEqual(capped.slice(1), mostSevere(all, 100));
  assert.match(capped[0].message, new RegExp(`^${all.length - 100} more findings`));
});

test('findings cap: table row', () => tally.record(`${LINES} grant lines at 1×, min of ${RUNS} runs`));
