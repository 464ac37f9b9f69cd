import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { LoadMeter } from './calibrate';
import { Tally } from './harness';
import { StdioServer } from './lspClient';

/**
 * Open documents before closed files (lsp/offThreadLint.ts: closed files are checked on a background worker, so an
 * open document waits for none of their lints, not even one under way), over stdio:
 * a workspace of 2,000 prompt files, 200 of them over 64 KB (checked on the lint worker when not open), is
 * scanned while all 2,000 are reported changed on disk (a checkout: re-checks of closed files), and a document
 * of unknown cost (over 64 KB: linted on the worker) is opened meanwhile. Its first diagnostics must come within
 * a few of its own lint times on a quiet worker (measured first, in machine units: calibrate.ts), not after the
 * closed files queued ahead of it, nor after re-lints of the documents already open (none of the changed files is
 * theirs: lsp/liveDiagnostics.ts re-lints only the open documents a change affects).
 */
const tally = new Tally('open documents first over LSP stdio');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-open-first-'));
const server = new StdioServer({ WA_POLICY_DEBUG_STATS: '1' });
const FILES = 2000;
const HEAVY_EVERY = 10;
const SCOPED = 'You are the order assistant of Acme Shop. You only help with orders and returns.\n';

/** About 80 KB of distinct prose (no two files alike, so no cache serves one for another). */
function heavy(tag: string): string {
  const lines = Array.from(
    { length: 1400 },
    (_, i) => `Rule ${tag}-${i}: help customers of Acme Shop with order ${i}.`,
  );
  return SCOPED + lines.join('\n') + '\n';
}

const uris: string[] = [];
/** The documents opened so far. */
const opened: string[] = [];
before(async () => {
  for (let i = 0; i < FILES; i++) {
    const file = path.join(dir, 'prompts', String(i % 40), `p${i}.system.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, i % HEAVY_EVERY ? SCOPED : heavy(`f${i}`));
    uris.push(toUri(file));
  }
  await server.initialize(dir);
});
after(() => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ask(method: string, params: object = {}): Promise<unknown> {
  const id = server.request(method, params);
  return (await server.until(() => server.received.find((m) => m.id === id), method)).result;
}

/** Checks of files that are not open waiting on the background worker (the server's debug statistics). */
async function closedQueued(): Promise<number> {
  const stats = (await ask('waPolicy/debugStats')) as { background?: { queued: { closed: number } } };
  return stats.background?.queued.closed ?? 0;
}

/** Whether the lint worker of open documents has finished its cold start. */
async function workerReady(): Promise<boolean> {
  const stats = (await ask('waPolicy/debugStats')) as { worker?: { coldStart: { readyMs?: number } } };
  return stats.worker?.coldStart.readyMs !== undefined;
}

/** Opens a new ~80 KB document; the time to its first diagnostics (ms). */
async function openAndTime(name: string): Promise<number> {
  const uri = toUri(path.join(dir, name));
  opened.push(uri);
  const text = heavy(name);
  fs.writeFileSync(path.join(dir, name), text);
  const t0 = performance.now();
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
  });
  const first = await server.until(() => server.publishes(uri)[0], `diagnostics of ${name}`);
  return first.at - t0;
}

test('open documents first: a document opened during a 2,000-file scan and re-check gets its diagnostics at once', () =>
  tally.time('open during a 2,000-file scan', async () => {
    await openAndTime('warm-up.system.md'); // starts the lint worker
    // The quiet lints are the worker's: while it starts, a document is linted on the server's thread instead.
    for (const deadline = Date.now() + 120_000; !(await workerReady());) {
      if (Date.now() > deadline) throw new Error('the lint worker did not become ready');
      await new Promise((r) => setTimeout(r, 20));
    }
    const quiet = new LoadMeter();
    const baseline = Math.min(await openAndTime('base-1.system.md'), await openAndTime('base-2.system.md'));
    const baseUnit = quiet.stop().unit();
    // The scan (its own worker) and a re-check of every file (a checkout): the heavy ones queue on the lint worker.
    // Not awaited: on a loaded machine the scan outlasts the case (the server is stopped after it).
    const earlier = opened.map((uri) => ({ uri, publishes: server.publishes(uri).length }));
    server.request('waPolicy/scanWorkspace', {});
    server.send({
      method: 'workspace/didChangeWatchedFiles',
      params: { changes: uris.map((uri) => ({ uri, type: 2 })) },
    });
    const deadline = Date.now() + 120_000;
    let queued = await closedQueued();
    while (queued < 50) {
      if (Date.now() > deadline) throw new Error(`only ${queued} closed checks queued on the background worker`);
      await new Promise((r) => setTimeout(r, 20));
      queued = await closedQueued();
    }
    const busy = new LoadMeter();
    const ms = await openAndTime('opened-during-scan.system.md');
    const unit = busy.stop().unit();
    const left = await closedQueued();
    // Its own lint, with room for a loaded machine (the closed checks run meanwhile on the other worker).
    const bound = 4 * baseline * Math.max(1, unit / baseUnit) + 10 * unit;
    const summary =
      `first diagnostics ${ms.toFixed(0)} ms after the open, ${queued} closed checks queued then, ${left} ` +
      `still queued after; quiet: ${baseline.toFixed(0)} ms (unit ${baseUnit.toFixed(1)} ms), now unit ` +
      `${unit.toFixed(1)} ms; bound ${bound.toFixed(0)} ms`;
    console.log(`open documents first: ${summary}`);
    assert.ok(left > 0, `closed checks were still queued when its diagnostics came (${summary})`);
    for (const { uri, publishes } of earlier)
      assert.equal(server.publishes(uri).length, publishes, `${uri} was linted again though none of its files changed`);
    assert.ok(ms < bound, summary);
  }));

test('open documents first: table row', () => tally.record());
