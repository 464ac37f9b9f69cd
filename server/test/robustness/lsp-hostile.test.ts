import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocument } from '../../src/lsp/documents';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO } from '../helpers/fsHost';
import { LoadMeter } from './calibrate';
import { memoryHost, Tally } from './harness';

/**
 * The server-side inputs of issue 11 as named cases, sent as raw frames over stdio (what a well-behaved
 * client never sends): a burst of 1,000 edits to a 2,500-line file, $/cancelRequest of a workspace scan,
 * a stale didChange version, and frames whose Content-Length is wrong.
 */
const tally = new Tally('hostile LSP cases (stdio)');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-hostile-'));
const SCAN_FILES = 1500;
const SCOPED =
  'You are the order assistant of Acme Shop. You only help with orders.\nFor a person, call the `handoff_to_agent` tool.\n';
const OPEN = 'Answer any question the user asks, on any topic.\n';

type Message = {
  id?: number;
  method?: string;
  params?: { uri: string; version?: number; diagnostics: { code: string }[] };
  result?: unknown;
  error?: { code: number };
  at: number;
};
let child: ChildProcess;
const received: Message[] = [];
let pending = Buffer.alloc(0);

const frame = (body: string, length = Buffer.byteLength(body)) =>
  Buffer.from(`Content-Length: ${length}\r\n\r\n${body}`);
const json = (msg: object) => JSON.stringify({ jsonrpc: '2.0', ...msg });
const send = (msg: object) => child.stdin!.write(frame(json(msg)));
const publishes = (uri: string) =>
  received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri);

async function until<T>(find: () => T | undefined, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const hit = find();
    if (hit !== undefined) return hit;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Lints the server ran so far, on either thread (its debug statistics). */
let statsId = 9000;
interface ServerStats {
  lintsHere: number;
  bridged?: number;
  worker?: {
    running: boolean;
    lints: { open: number };
    coldStart?: { readyMs?: number; firstLintMs?: number; paidMs?: number };
  };
}
async function serverStats(): Promise<ServerStats> {
  const id = statsId++;
  send({ id, method: 'waPolicy/debugStats', params: {} });
  return (await until(() => received.find((m) => m.id === id), 'debug statistics')).result as ServerStats;
}
async function lintCount(): Promise<number> {
  const stats = await serverStats();
  return stats.lintsHere + (stats.worker?.lints.open ?? 0);
}

function lspCase(name: string, fn: () => Promise<void>) {
  test(`hostile LSP: ${name}`, () => tally.time(name, fn));
}

before(async () => {
  // Many small prompt files, so that a whole scan takes long enough to be cancelled half-way.
  for (let i = 0; i < SCAN_FILES; i++) {
    fs.mkdirSync(path.join(dir, 'prompts', String(i % 30)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'prompts', String(i % 30), `p${i}.system.md`), i % 2 ? SCOPED : SCOPED + OPEN);
  }
  child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...process.env, WA_POLICY_DEBUG_STATS: '1' },
  });
  child.stdout!.on('data', (d: Buffer) => {
    pending = Buffer.concat([pending, d]);
    for (;;) {
      const end = pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(pending.subarray(0, end).toString())![1]);
      if (pending.length < end + 4 + length) return;
      const msg = JSON.parse(pending.subarray(end + 4, end + 4 + length).toString()) as Message;
      received.push({ ...msg, at: performance.now() });
      // Requests from the server (registerCapability, workDoneProgress/create) get the answer a client gives.
      if (msg.method && msg.id !== undefined) send({ id: msg.id, result: null });
      pending = pending.subarray(end + 4 + length);
    }
  });
  const params = {
    processId: null,
    rootUri: toUri(dir),
    capabilities: {},
    initializationOptions: { workspaceScan: false },
  };
  send({ id: 1, method: 'initialize', params: { ...params, workspaceFolders: [{ uri: toUri(dir), name: 'ws' }] } });
  await until(() => received.find((m) => m.id === 1), 'initialize');
  send({ method: 'initialized', params: {} });
});

after(() => {
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

lspCase('1,000 quick edits to a 2,500-line file: the last diagnostics come within one lint time', async () => {
  const uri = toUri(path.join(dir, 'big.system.md'));
  const lines = Array.from({ length: 2500 }, (_, i) => `Rule ${i}: help customers of Acme Shop with their order ${i}.`);
  const opened = SCOPED + lines.join('\n') + '\n';
  let text = opened;
  const burst = [
    frame(
      json({
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
      }),
    ),
  ];
  const changes: { version: number; range: { start: Position; end: Position }; text: string }[] = [];
  for (let v = 2; v <= 1001; v++) {
    const add = v === 1001 ? OPEN : 'x';
    const at = endOf(text);
    changes.push({ version: v, range: { start: at, end: at }, text: add });
    text += add;
  }
  for (const c of changes)
    burst.push(
      frame(
        json({
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version: c.version }, contentChanges: [{ range: c.range, text: c.text }] },
        }),
      ),
    );
  // What the server cannot skip, timed in this process: applying the 1,000 edits to its document store (lsp/documents.ts,
  // with the size read every edit makes) and one lint of the final text. Linting superseded versions is what must not
  // happen. The text-document library (a copy of the whole text per edit) is timed beside it, for the record.
  const quiet = new LoadMeter();
  const ref = TextDocument.create(uri, 'markdown', 1, opened);
  const r0 = performance.now();
  for (const c of changes) TextDocument.update(ref, [{ range: c.range, text: c.text }], c.version);
  const libraryMs = performance.now() - r0;
  assert.equal(ref.getText(), text);
  const doc = new OpenDocument(uri, 'markdown', 1, opened);
  const a0 = performance.now();
  for (const c of changes) {
    doc.update([{ range: c.range, text: c.text }], c.version);
    assert.ok(doc.length > 0);
  }
  const applyMs = performance.now() - a0;
  assert.equal(doc.getText(), text);
  const service = createPolicyService({ host: memoryHost({ [uri]: text }) });
  service.lint(uri); // warm (the server has linted version 1 by then)
  service.invalidate(uri);
  const l0 = performance.now();
  service.lint(uri);
  const lintMs = performance.now() - l0;
  const baseUnit = quiet.stop().unit();
  const lintsBefore = await lintCount();
  const busy = new LoadMeter();
  const sent = await new Promise<number>((done) =>
    child.stdin!.write(Buffer.concat(burst), () => done(performance.now())),
  );
  const last = await until(() => publishes(uri).find((p) => p.params?.version === 1001), 'the last version');
  const unit = busy.stop().unit();
  const lints = (await lintCount()) - lintsBefore;
  assert.ok(
    last.params!.diagnostics.some((d) => d.code === 'prompt/open-domain-grant'),
    'the final text is linted',
  );
  const after = last.at - sent;
  // The in-process costs were measured at another moment: scaled by the machine units then and during the burst
  // (calibrate.ts), with 100 units of slack (0.3–0.5 s on a quiet machine). The issue measured 176 s: one lint per edit.
  const bound = 2 * (applyMs + lintMs) * Math.max(1, unit / baseUnit) + 100 * unit;
  const summary =
    `last diagnostics ${after.toFixed(0)} ms after the last edit was sent, ${lints} lints; in-process: applying ` +
    `the edits ${applyMs.toFixed(0)} ms (the text-document library: ${libraryMs.toFixed(0)} ms), one lint ` +
    `${lintMs.toFixed(0)} ms (unit ${baseUnit.toFixed(1)} ms); unit ` +
    `during the burst ${unit.toFixed(1)} ms; bound ${bound.toFixed(0)} ms`;
  console.log(`burst: ${summary}`);
  assert.ok(after < bound, summary);
  // The lint worker starts with the first edit of a document it will lint (its cold start, measured by the server:
  // readyMs), and until it is ready such a document is linted on the main thread: no lint waits for the cold start
  // (paidMs; before session 10 the burst's lint was sent at firstLintMs ≈ 0.9 s and waited until readyMs ≈ 8.7 s).
  const stats = await serverStats();
  const cold = stats.worker?.coldStart;
  console.log(
    `burst: lint worker cold start ${JSON.stringify(cold)}, ${stats.bridged} lints on the main thread meanwhile`,
  );
  assert.ok(stats.worker?.running, `the first edit started the lint worker: ${JSON.stringify(stats.worker)}`);
  assert.ok(!cold?.paidMs, `no lint waited for the worker's cold start: ${JSON.stringify(cold)}`);
  // Coalesced: the opened version and the last (one more when an edit lands while a lint runs).
  assert.ok(lints <= 3, `at most 3 lints for 1,001 versions (${summary})`);
  assert.ok(publishes(uri).length < 50, `${publishes(uri).length} publishes for 1,001 versions`);
});

lspCase('$/cancelRequest stops a workspace scan: it is answered at once and not every file is checked', async () => {
  const t0 = performance.now();
  send({ id: 40, method: 'waPolicy/scanWorkspace', params: {} });
  await new Promise((r) => setTimeout(r, 300));
  send({ method: '$/cancelRequest', params: { id: 40 } });
  const answer = await until(() => received.find((m) => m.id === 40), 'the answer to the cancelled scan');
  const scannedNow = () =>
    new Set(
      received
        .filter((m) => m.method === 'textDocument/publishDiagnostics' && /\/prompts\//.test(m.params!.uri))
        .map((m) => m.params!.uri),
    ).size;
  const atAnswer = scannedNow();
  await new Promise((r) => setTimeout(r, 3000));
  console.log(
    `cancel: answered after ${(answer.at - t0).toFixed(0)} ms; ${atAnswer} of ${SCAN_FILES} files published then, ${scannedNow()} 3 s later`,
  );
  assert.ok(scannedNow() < SCAN_FILES, `all ${SCAN_FILES} files were checked although the scan was cancelled`);
  assert.ok(scannedNow() - atAnswer <= 5, 'the scan went on after it was cancelled');
  // The server still answers (the scan left nothing behind that blocks it).
  send({
    id: 41,
    method: 'textDocument/hover',
    params: { textDocument: { uri: toUri(path.join(dir, 'x.md')) }, position: { line: 0, character: 0 } },
  });
  await until(() => received.find((m) => m.id === 41), 'a hover after the cancelled scan', 15_000);
});

lspCase('a stale didChange version is refused and published versions never go back', async () => {
  const uri = toUri(path.join(dir, 'stale.system.md'));
  send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri, languageId: 'markdown', version: 1, text: SCOPED } },
  });
  send({
    method: 'textDocument/didChange',
    params: { textDocument: { uri, version: 3 }, contentChanges: [{ text: SCOPED }] },
  });
  send({
    method: 'textDocument/didChange',
    params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: OPEN }] },
  });
  const last = await until(() => publishes(uri).find((p) => p.params?.version === 3), 'version 3');
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(last.params!.diagnostics, [], 'the stale open-domain text was not applied');
  const versions = publishes(uri).map((p) => p.params!.version!);
  assert.ok(!versions.includes(2), `published versions ${versions.join(', ')}`);
  assert.deepEqual(
    versions,
    [...versions].sort((a, b) => a - b),
  );
});

lspCase('frames with a malformed Content-Length are answered or dropped and the stream goes on', async () => {
  const hover = (id: number) =>
    json({
      id,
      method: 'textDocument/hover',
      params: { textDocument: { uri: 'file:///x' }, position: { line: 0, character: 0 } },
    });
  child.stdin!.write(frame(hover(50), hover(50).length - 5)); // cut body
  child.stdin!.write(Buffer.from(`Content-Length: abc\r\n\r\n${hover(51)}`)); // not a number
  child.stdin!.write(frame(json({ id: 52, method: 'shutdown' }), 400)); // runs into the next frame
  send({
    id: 53,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///x' }, position: { line: 0, character: 0 } },
  });
  const ok = await until(() => received.find((m) => m.id === 53), 'an answer after the bad frames', 15_000);
  assert.equal(ok.error, undefined);
  assert.equal(
    received.find((m) => m.id === 50)?.error?.code,
    -32700,
    'the cut request is answered with a parse error',
  );
  assert.equal(child.exitCode, null, 'the server is running');
});

test('hostile LSP: table row', () => tally.record());

type Position = { line: number; character: number };

function endOf(text: string): Position {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
