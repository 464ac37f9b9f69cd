import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';

/** Talks to the bundled server with raw frames, to send what a well-behaved client never would. */
let child: ChildProcess;
const received: {
  id?: number;
  method?: string;
  params?: { uri: string; version?: number; diagnostics: { code: string }[] };
  result?: unknown;
  error?: { code: number };
}[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-stream-'));
let pending = Buffer.alloc(0);

function frame(body: string, length = Buffer.byteLength(body)): Buffer {
  return Buffer.from(`Content-Length: ${length}\r\n\r\n${body}`);
}
const send = (msg: object) => child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', ...msg })));

async function until<T>(find: () => T | undefined, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const hit = find();
    if (hit !== undefined) return hit;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const publishes = (uri: string) =>
  received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri).map((m) => m.params!);

before(async () => {
  child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  child.stdout!.on('data', (d: Buffer) => {
    pending = Buffer.concat([pending, d]);
    for (;;) {
      const end = pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(pending.subarray(0, end).toString())![1]);
      if (pending.length < end + 4 + length) return;
      received.push(JSON.parse(pending.subarray(end + 4, end + 4 + length).toString()));
      pending = pending.subarray(end + 4 + length);
    }
  });
  send({
    id: 1,
    method: 'initialize',
    params: { processId: null, rootUri: toUri(dir), capabilities: {}, initializationOptions: { workspaceScan: false } },
  });
  await until(() => received.find((m) => m.id === 1), 'initialize');
  send({ method: 'initialized', params: {} });
});

after(() => {
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SCOPED =
  'You are the order assistant of Acme Shop. You only help with orders.\nFor a person, call the `handoff_to_agent` tool.\n';
const OPEN = 'You are a friendly assistant. Answer any question the user asks, on any topic.\n';

test('a frame with a wrong Content-Length is answered with an error and the stream goes on', async () => {
  const bad = JSON.stringify({
    jsonrpc: '2.0',
    id: 7,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///x' }, position: { line: 0, character: 0 } },
  });
  child.stdin!.write(frame(bad, bad.length - 5)); // too short: the body is cut
  const err = await until(() => received.find((m) => m.id === 7), 'an answer to the cut request');
  assert.equal(err.error?.code, -32700);
  child.stdin!.write(frame('{"jsonrpc":"2.0","id":8,"method":"shutdown"}', 500)); // too long: runs into the next frame
  send({
    id: 9,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///x' }, position: { line: 0, character: 0 } },
  });
  const ok = await until(() => received.find((m) => m.id === 9), 'an answer after the bad frames');
  assert.equal(ok.error, undefined);
  assert.equal(received.find((m) => m.id === 8)?.error?.code, -32700);
});

test('a didChange that is not newer than the document is refused; published versions never go back', async () => {
  const uri = toUri(path.join(dir, 'a.system.md'));
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
  send({
    id: 20,
    method: 'textDocument/hover',
    params: { textDocument: { uri }, position: { line: 0, character: 0 } },
  });
  await until(() => received.find((m) => m.id === 20), 'hover');
  const last = await until(() => publishes(uri).find((p) => p.version === 3), 'version 3');
  assert.deepEqual(last.diagnostics, [], 'the stale open-domain text was not applied');
  const versions = publishes(uri).map((p) => p.version!);
  assert.deepEqual(
    versions,
    [...versions].sort((a, b) => a - b),
  );
  assert.ok(!versions.includes(2));
});

test('a burst of edits is linted at its last version, not once per edit', async () => {
  const uri = toUri(path.join(dir, 'b.system.md'));
  const burst: Buffer[] = [
    frame(
      JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'markdown', version: 1, text: SCOPED } },
      }),
    ),
  ];
  let text = SCOPED;
  for (let v = 2; v <= 1001; v++) {
    const add = v === 1001 ? OPEN : 'x';
    burst.push(
      frame(
        JSON.stringify({
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version: v }, contentChanges: [{ range: pos(text), text: add }] },
        }),
      ),
    );
    text += add;
  }
  child.stdin!.write(Buffer.concat(burst));
  const last = await until(() => publishes(uri).find((p) => p.version === 1001), 'the last version');
  assert.ok(last.diagnostics.some((d) => d.code === 'prompt/open-domain-grant'));
  assert.ok(publishes(uri).length < 50, `${publishes(uri).length} publishes for 1,001 versions`);
});

function pos(text: string) {
  const lines = text.split('\n');
  const p = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { start: p, end: p };
}
