import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';

/** A client that resolves code actions lazily (as VS Code does): edits come from codeAction/resolve. */
let child: ChildProcess;
let conn: MessageConnection;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-resolve-'));
const published: {
  uri: string;
  version?: number;
  diagnostics: { code: string; range: unknown; data?: { fixes?: unknown[] } }[];
}[] = [];

interface Action {
  title: string;
  edit?: { documentChanges: { textDocument: { version: number }; edits: { newText: string }[] }[] };
  disabled?: { reason: string };
  data?: unknown;
}

async function diagnosticsAt(uri: string, version: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const hit = published.find((p) => p.uri === uri && p.version === version);
    if (hit) return hit.diagnostics;
    if (Date.now() > deadline) throw new Error(`no diagnostics for v${version}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

before(async () => {
  child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: (typeof published)[number]) => void published.push(p));
  conn.onRequest(() => null);
  conn.listen();
  const capabilities = { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } };
  const init = (await conn.sendRequest('initialize', {
    processId: null,
    rootUri: toUri(dir),
    capabilities,
    initializationOptions: { workspaceScan: false },
  })) as { capabilities: { codeActionProvider: { resolveProvider: boolean } } };
  assert.equal(init.capabilities.codeActionProvider.resolveProvider, true);
  conn.sendNotification('initialized', {});
});

after(() => {
  conn.dispose();
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('diagnostics carry fix titles, not edits; resolve computes the edit for the current version only', async () => {
  const uri = toUri(path.join(dir, 'open.system.md'));
  const text =
    '# Assistant\n\nYou are a friendly assistant on WhatsApp.\nAnswer any question the user asks, on any topic.\n';
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const diags = await diagnosticsAt(uri, 1);
  const esc = diags.find((d) => d.code === 'prompt/no-human-escalation')!;
  assert.ok(esc.data?.fixes?.length, 'fix titles travel with the diagnostic');
  assert.ok(!JSON.stringify(esc.data).includes('newText'), 'edits do not');
  const actions = (await conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: esc.range,
    context: { diagnostics: [esc] },
  })) as Action[];
  assert.ok(actions.length >= 2 && actions.every((a) => !a.edit), 'actions come without edits');
  const resolved = (await conn.sendRequest('codeAction/resolve', actions[0])) as Action;
  assert.equal(resolved.edit?.documentChanges[0].textDocument.version, 1);
  assert.ok(resolved.edit!.documentChanges[0].edits[0].newText.length > 0);
  const line = (await conn.sendRequest(
    'codeAction/resolve',
    actions.find((a) => /for this line/.test(a.title))!,
  )) as Action;
  assert.match(
    line.edit!.documentChanges[0].edits[0].newText,
    /wa-policy-disable-next-line prompt\/no-human-escalation/,
  );

  conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: text + '\n' }],
  });
  await diagnosticsAt(uri, 2);
  const stale = (await conn.sendRequest('codeAction/resolve', actions[0])) as Action;
  assert.equal(stale.edit, undefined, 'an action made for version 1 gets no edit at version 2');
  assert.ok(stale.disabled);
});
