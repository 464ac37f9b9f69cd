import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { createFsHost } from '../../src/nodeHost/fsHost';
import { REPO } from '../helpers/fsHost';
import { createPolicyService, EDITOR_MAX_FINDINGS } from '../../src/service';
import { memoryHost, Tally } from './harness';
import { probeWhile, StdioServer } from './lspClient';
import { LoadMeter } from './calibrate';

/**
 * "Long work yields": while the server lints a 4 MB prompt (on its worker thread, lsp/offThreadLint.ts),
 * hovers and code actions on another file are answered, and the big file's diagnostics still arrive and
 * match a fresh lint. WA_POLICY_OFF_THREAD_CHARS=0 (no worker) makes this case fail.
 */
const tally = new Tally('large document linted off the main thread (stdio)');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-offthread-'));
const BIG_CHARS = Number(process.env.ROBUSTNESS_BIG_CHARS ?? 4 * 1024 * 1024);
/**
 * A hover or code action on the small file must be answered within this, or a third of the big file's lint
 * time on a loaded machine, while the big one is linted. Linted on the main thread, one waits for about all of it.
 */
const ANSWER_MS = 1500;
const SCOPED =
  'You are the order assistant of Acme Shop. You only help with orders.\nFor a person, call the `handoff_to_agent` tool.\n';
const OPEN = 'Answer any question the user asks, on any topic.\n';
const server = new StdioServer();

before(() => server.initialize(dir));
after(() => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const open = (uri: string, text: string) =>
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
  });

test('large document: hovers and code actions on another file are answered while a 4 MB prompt is linted', async () => {
  const t0 = performance.now();
  const small = toUri(path.join(dir, 'small.system.md'));
  open(small, SCOPED + OPEN);
  const smallPublish = await server.until(() => server.publishes(small)[0], 'the small file diagnostics');
  const grant = smallPublish.params!.diagnostics.find((d) => d.code === 'prompt/open-domain-grant');
  assert.ok(grant, 'the small file has a grant finding to hover');

  const big = toUri(path.join(dir, 'big.system.md'));
  const unit = 'Help customers of Acme Shop with their orders and returns.\nAnswer any question the user asks.\n';
  const bigText = SCOPED + unit.repeat(Math.ceil(BIG_CHARS / unit.length));
  const opened = performance.now();
  open(big, bigText);
  // Ask about the small file every 100 ms until the big file's diagnostics arrive; time every answer.
  const pairs = await probeWhile(server, small, grant, () => server.publishes(big).length > 0);
  const bigPublish = server.publishes(big)[0];
  const bigMs = bigPublish.at - opened;
  // The diagnostics are capped (EDITOR_MAX_FINDINGS): writing them is no longer seconds of main-thread work,
  // so the bound holds for every answer, the ones that waited for the publish included.
  const worst = Math.max(...pairs.map((p) => p.latency));
  console.log(
    `large document: ${(bigText.length / 1048576).toFixed(1)} MB linted in ${bigMs.toFixed(0)} ms over stdio; ` +
      `${pairs.length} hover + code action pairs meanwhile, worst ${worst.toFixed(0)} ms; ` +
      `${bigPublish.params!.diagnostics.length} diagnostics published`,
  );
  assert.ok(pairs.length >= 3, `requests were answered while the big file was linted (${pairs.length})`);
  const bound = Math.max(ANSWER_MS, bigMs / 3);
  assert.ok(worst < bound, `every hover and code action was answered within ${bound.toFixed(0)} ms (worst ${worst})`);

  // The big file's diagnostics are those of a fresh lint.
  const fresh = createPolicyService({
    host: memoryHost({ [big]: bigText }),
    maxFindingsPerFile: EDITOR_MAX_FINDINGS,
  }).lint(big)!.findings;
  const key = (code: string, r: { start: { line: number; character: number } }) =>
    `${code}@${r.start.line}:${r.start.character}`;
  assert.deepEqual(
    bigPublish.params!.diagnostics.map((d) => key(d.code, d.range)),
    fresh.map((f) => key(f.rule, f.range)),
  );
  assert.ok(fresh.length > 0, 'the big prompt has findings');
  const note = bigPublish.params!.diagnostics.find((d) => d.code === 'input/limits');
  assert.ok(note && fresh.length === EDITOR_MAX_FINDINGS + 1, 'capped, with one input/limits note');
  tally.add('ok', performance.now() - t0, bigText.length);
});

/** The small open file and its grant diagnostic, opened once for the cases below. */
async function smallFile(name: string) {
  const uri = toUri(path.join(dir, name));
  open(uri, SCOPED + OPEN);
  const publish = await server.until(() => server.publishes(uri)[0], `${name} diagnostics`);
  const grant = publish.params!.diagnostics.find((d) => d.code === 'prompt/open-domain-grant');
  assert.ok(grant, `${name} has a grant finding to hover`);
  return { uri, grant };
}

const keys = (list: { code?: string; rule?: string; range: { start: { line: number; character: number } } }[]) =>
  list.map((d) => `${d.code ?? d.rule}@${d.range.start.line}:${d.range.start.character}`);

test('large closed file: a 4 MB prompt that appears on disk is checked on the worker, hovers answered meanwhile', async () => {
  const t0 = performance.now();
  const small = await smallFile('small2.system.md');
  const file = path.join(dir, 'closed', 'big.system.md');
  const unit = 'Help customers of Acme Shop with their orders and returns.\nAnswer any question the user asks.\n';
  const text = SCOPED + unit.repeat(Math.ceil(BIG_CHARS / unit.length));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const uri = toUri(file);
  const asked = performance.now();
  server.send({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri, type: 1 }] } });
  const pairs = await probeWhile(server, small.uri, small.grant, () => server.publishes(uri).length > 0);
  const ms = server.publishes(uri)[0].at - asked;
  const worst = Math.max(...pairs.map((p) => p.latency));
  console.log(
    `large closed file: checked in ${ms.toFixed(0)} ms; ${pairs.length} pairs meanwhile, worst ${worst.toFixed(0)} ms`,
  );
  assert.ok(pairs.length >= 3, `requests were answered meanwhile (${pairs.length})`);
  const bound = Math.max(ANSWER_MS, ms / 3);
  assert.ok(worst < bound, `answered within ${bound.toFixed(0)} ms (worst ${worst})`);
  const fresh = createPolicyService({ host: createFsHost(), maxFindingsPerFile: EDITOR_MAX_FINDINGS }).lint(uri)!;
  assert.deepEqual(keys(server.publishes(uri)[0].params!.diagnostics), keys(fresh.findings));
  tally.add('ok', performance.now() - t0, text.length);
});

/** A copy of the Rasa fixture project with a generated `data/<file>` of about `chars` characters of flows. */
function rasaProject(name: string, file: string, chars: number): string {
  const root = path.join(dir, name);
  fs.cpSync(path.join(REPO, 'test-fixtures', 'flow', 'open-domain-fallback', 'shop'), root, { recursive: true });
  const flow = (i: number) =>
    `  order_step_${i}:\n    description: The customer asks about order ${i} of Acme Shop.\n    steps:\n      - collect: order_id\n      - action: action_check_order\n`;
  const flows: string[] = ['flows:\n'];
  for (let i = 0, n = 0; n < chars; i++) n += flows[flows.push(flow(i)) - 1].length;
  fs.writeFileSync(path.join(root, 'data', file), flows.join(''));
  return root;
}

test('large project: an open Rasa file whose closed flows file is 4 MB is linted on the worker', async () => {
  const t0 = performance.now();
  const small = await smallFile('small3.system.md');
  const root = rasaProject('rasa', 'big_flows.yml', BIG_CHARS);
  const domain = toUri(path.join(root, 'domain.yml'));
  const opened = performance.now();
  server.send({
    method: 'textDocument/didOpen',
    params: {
      textDocument: {
        uri: domain,
        languageId: 'yaml',
        version: 1,
        text: fs.readFileSync(path.join(root, 'domain.yml'), 'utf8'),
      },
    },
  });
  const pairs = await probeWhile(server, small.uri, small.grant, () => server.publishes(domain).length > 0);
  const ms = server.publishes(domain)[0].at - opened;
  const worst = Math.max(...pairs.map((p) => p.latency));
  console.log(
    `large project: linted in ${ms.toFixed(0)} ms; ${pairs.length} pairs meanwhile, worst ${worst.toFixed(0)} ms`,
  );
  const bound = Math.max(ANSWER_MS, ms / 3);
  assert.ok(worst < bound, `answered within ${bound.toFixed(0)} ms (worst ${worst})`);
  const fresh = createPolicyService({ host: createFsHost(), maxFindingsPerFile: EDITOR_MAX_FINDINGS }).lint(domain)!;
  assert.ok(fresh.findings.length, 'the Rasa project has findings');
  assert.deepEqual(keys(server.publishes(domain)[0].params!.diagnostics), keys(fresh.findings));
  tally.add('ok', performance.now() - t0, BIG_CHARS);
});

/**
 * A hover on another file is answered within this while one prompt is linted for the first time: its cost
 * is unknown before a lint (a grant-heavy prompt costs far more per character than prose), so that lint runs on
 * the worker, under the size threshold too, and the main thread only takes a document a lint found fast.
 * 100 ms (`ROBUSTNESS_ANSWER_MS`) or 20 machine units measured while the requests were asked (calibrate.ts: a
 * unit is about 3–5 ms on a quiet machine; on a loaded one every thread, the server's too, runs slower in
 * proportion), whichever is more.
 */
const answerMs = (meter: LoadMeter) => Math.max(Number(process.env.ROBUSTNESS_ANSWER_MS ?? 100), 20 * meter.unit());

/**
 * Linted on this thread, the pairs asked meanwhile wait for the whole lint: one or two in all. Off it, 9 in 10
 * are answered within answerMs (the rest may wait for a publish or a loaded machine's scheduler), and none waits
 * over 4 × max(that, 250 ms) (a publish, the worker's start).
 */
function assertResponsive(pairs: { latency: number }[], what: string, meter: LoadMeter): string {
  const bound = answerMs(meter.stop());
  const worstBound = 4 * Math.max(bound, 250);
  const sorted = pairs.map((p) => p.latency).sort((x, y) => x - y);
  const p90 = sorted[Math.floor(sorted.length * 0.9)];
  const worst = sorted[sorted.length - 1];
  const summary =
    `${pairs.length} pairs meanwhile, p90 ${p90?.toFixed(0)} ms, worst ${worst?.toFixed(0)} ms ` +
    `(bound ${bound.toFixed(0)} ms, ${meter.describe()}, load ${os.loadavg()[0].toFixed(1)})`;
  console.log(`${what}; ${summary}`);
  assert.ok(pairs.length >= 5, `requests were answered meanwhile (${summary})`);
  assert.ok(p90 < bound, `9 in 10 answered within ${bound.toFixed(0)} ms (${summary})`);
  assert.ok(worst < worstBound, `every one within ${worstBound.toFixed(0)} ms (${summary})`);
  return summary;
}

test('unknown cost: the first lint of a Rasa project under the size threshold does not hold up hovers', async () => {
  const t0 = performance.now();
  const small = await smallFile('small4.system.md');
  const size = 160 * 1024; // under OFF_THREAD_CHARS with the project's other files
  const root = rasaProject('rasa-mid', 'mid_flows.yml', size);
  const domain = toUri(path.join(root, 'domain.yml'));
  const text = fs.readFileSync(path.join(root, 'domain.yml'), 'utf8');
  const opened = performance.now();
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri: domain, languageId: 'yaml', version: 1, text } },
  });
  // The project's closed files are checked after it (in the background): hovers wait for neither.
  const closed = toUri(path.join(root, 'data', 'mid_flows.yml'));
  const done = () => server.publishes(domain).length > 0 && server.publishes(closed).length > 0;
  const meter = new LoadMeter();
  const pairs = await probeWhile(server, small.uri, small.grant, done, 20);
  const ms = server.publishes(closed)[0].at - opened;
  assertResponsive(pairs, `unknown cost: project linted and its closed files checked in ${ms.toFixed(0)} ms`, meter);
  const fresh = createPolicyService({ host: createFsHost(), maxFindingsPerFile: EDITOR_MAX_FINDINGS }).lint(domain)!;
  assert.deepEqual(keys(server.publishes(domain)[0].params!.diagnostics), keys(fresh.findings));
  tally.add('ok', performance.now() - t0, size);
});

/** A prompt of about `chars` characters with a grant on every other line. */
function grantHeavy(chars: number): string {
  const unit = 'Help customers of Acme Shop with their orders and returns.\nAnswer any question the user asks.\n';
  return SCOPED + unit.repeat(Math.ceil(chars / unit.length));
}

for (const [label, chars] of [
  ['200 KB (under the size threshold)', 200 * 1024],
  ['1 MB', 1024 * 1024],
] as const) {
  test(`unknown cost: hovers on another file are answered while a ${label} grant-heavy prompt is first linted`, async () => {
    const t0 = performance.now();
    const small = await smallFile(`small-first-${chars}.system.md`);
    const uri = toUri(path.join(dir, `first-${chars}.system.md`));
    const text = grantHeavy(chars);
    const opened = performance.now();
    open(uri, text);
    const meter = new LoadMeter();
    const pairs = await probeWhile(server, small.uri, small.grant, () => server.publishes(uri).length > 0, 20);
    const ms = server.publishes(uri)[0].at - opened;
    assertResponsive(pairs, `first lint of a ${label} prompt: published in ${ms.toFixed(0)} ms`, meter);
    const fresh = createPolicyService({ host: memoryHost({ [uri]: text }), maxFindingsPerFile: EDITOR_MAX_FINDINGS });
    assert.deepEqual(keys(server.publishes(uri)[0].params!.diagnostics), keys(fresh.lint(uri)!.findings));
    tally.add('ok', performance.now() - t0, text.length);
  });
}

test('large document: table row', () => tally.record());
