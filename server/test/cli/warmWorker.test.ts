import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { checkOnNiced, checkOnWarm, threadCpuMs, warmWorkerFor, type WarmWorker } from '../../src/cli/lintFiles';

/** A stand-in for a warm worker: answers each batch with one empty result per file, after `delayMs`. */
function fakeWarm(ready: boolean, delayMs = 0): WarmWorker {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (batch) => setTimeout(() =>
       parentPort.postMessage(batch.map((abs) => ({ abs, kind: null, findings: [] }))), ${delayMs}));`,
    { eval: true },
  );
  const warm: WarmWorker = { worker, exited: false, ready, niced: true, startedAt: performance.now() };
  worker.on('exit', () => (warm.exited = true));
  return warm;
}

const exited = (w: WarmWorker) =>
  new Promise<void>((resolve) => (w.exited ? resolve() : w.worker.once('exit', resolve)));

test('a niced warm worker whose analysis is ready checks the files, and is ended after its one batch', async () => {
  const warm = fakeWarm(true);
  const out = await checkOnWarm(['/a.system.md', '/b.system.md'], warm, () => 0);
  assert.deepEqual(
    out?.map((c) => c.abs),
    ['/a.system.md', '/b.system.md'],
  );
  await exited(warm);
});

test('a niced warm worker that is not ready and got no CPU is given up at once (the caller checks the files)', async () => {
  const warm = fakeWarm(false);
  assert.equal(await checkOnWarm(['/a.system.md'], warm, () => 0), undefined);
  await exited(warm);
  // Its CPU time cannot be read (no thread id, another system): the same.
  const unknown = fakeWarm(false);
  assert.equal(await checkOnWarm(['/a.system.md'], unknown, () => undefined), undefined);
  await exited(unknown);
});

test('a niced warm worker that keeps a core busy is waited for; one that stops getting CPU is given up', async () => {
  const busy = fakeWarm(false, 700);
  // A clock that runs at one core: it had all of it until now, and goes on having it while this thread waits.
  const fullCore = () => performance.now() - busy.startedAt;
  const out = await checkOnWarm(['/a.system.md'], busy, fullCore);
  assert.deepEqual(
    out?.map((c) => c.abs),
    ['/a.system.md'],
    'waited past several readings',
  );
  await exited(busy);

  const starved = fakeWarm(false, 5_000);
  // It had a core until the files were handed over, then none: three readings later it is given up.
  const frozen = performance.now() - starved.startedAt + 1;
  // Waiting would have given its answer (an array) after 5 s; given up, there is none.
  assert.equal(await checkOnWarm(['/a.system.md'], starved, () => frozen), undefined);
  await exited(starved);
});

test('more files than one batch, or several workers asked for, end the niced worker: workers at normal priority check them', async () => {
  const warm = fakeWarm(true);
  const many = Array.from({ length: 65 }, (_, i) => `/p/${i}.system.md`);
  assert.equal(await checkOnNiced(many, warm, 1), undefined);
  await exited(warm);
  const two = fakeWarm(true);
  assert.equal(await checkOnNiced(['/a.system.md'], two, 2), undefined);
  await exited(two);
});

test('warm worker policy: never with --workers 1, without a worker script, or with WA_POLICY_WARM_WORKER=0', () => {
  const setup = { record: true };
  assert.equal(warmWorkerFor(setup, undefined, undefined, {}), undefined);
  assert.equal(warmWorkerFor(setup, __filename, 1, {}), undefined);
  assert.equal(warmWorkerFor(setup, __filename, undefined, { WA_POLICY_WARM_WORKER: '0' }), undefined);
});

test('a thread CPU time is read from /proc on Linux', { skip: process.platform !== 'linux' }, () => {
  const t0 = threadCpuMs(process.pid);
  assert.equal(typeof t0, 'number');
  const until = performance.now() + 80;
  while (performance.now() < until);
  assert.ok(threadCpuMs(process.pid)! >= t0!, 'it does not go backwards');
  assert.equal(threadCpuMs(2 ** 30), undefined, 'no such thread');
});
