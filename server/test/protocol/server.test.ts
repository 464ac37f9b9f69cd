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
import { applyEdits } from '../helpers/applyEdits';
import { REPO } from '../helpers/fsHost';

/** Starts the bundled server over stdio and talks LSP to it, as an editor would. */
interface Diag {
  code: string;
  source: string;
  severity: number;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  codeDescription?: { href: string };
  data?: unknown;
}

let child: ChildProcess;
let conn: MessageConnection;
const published = new Map<string, { version?: number; diagnostics: Diag[] }[]>();
const waiters: (() => void)[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-proto-'));

function waitFor(uri: string, version: number, ms = 10_000): Promise<Diag[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${ms} ms`)), ms);
    const check = () => {
      const hit = published.get(uri)?.find((p) => p.version === version);
      if (!hit) return false;
      clearTimeout(timer);
      resolve(hit.diagnostics);
      return true;
    };
    const retry = () => {
      if (!check()) waiters.push(retry);
    };
    retry();
  });
}

// A bot file that is never opened: the workspace scan must report it.
const UNOPENED = path.join(dir, 'prompts', 'side.system.md');
fs.mkdirSync(path.dirname(UNOPENED), { recursive: true });
fs.writeFileSync(UNOPENED, 'You are a helpful assistant. Help with anything the user asks.\n');
fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
fs.writeFileSync(
  path.join(dir, '.github', 'workflows', 'ci.yml'),
  'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
);
let status: { files: number; errors: number; scanning?: boolean } | undefined;

before(async () => {
  child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      (published.get(p.uri) ?? published.set(p.uri, []).get(p.uri)!).push(p);
      waiters.splice(0).forEach((w) => w());
    },
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('waPolicy/status', (p: { files: number; errors: number; scanning?: boolean }) => {
    status = p;
  });
  conn.listen();
  const init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: toUri(dir),
    capabilities: {},
    workspaceFolders: null,
  })) as { capabilities: Record<string, unknown> };
  assert.ok(init.capabilities.hoverProvider);
  conn.sendNotification('initialized', {});
});

after(() => {
  conn.dispose();
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const OPEN_PROMPT = [
  '# Assistant',
  '',
  'You are a friendly assistant on WhatsApp.',
  'Answer any question the user asks, on any topic.',
  '',
].join('\n');

test('diagnostics carry rule code, clause link and a precise range', async () => {
  const uri = toUri(path.join(dir, 'open.system.md'));
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text: OPEN_PROMPT },
  });
  const diags = await waitFor(uri, 1);
  const grant = diags.find((d) => d.code === 'prompt/open-domain-grant');
  assert.ok(grant, `expected prompt/open-domain-grant, got ${diags.map((d) => d.code).join(', ')}`);
  assert.equal(grant.source, 'wa-policy');
  assert.equal(grant.severity, 1);
  assert.equal(grant.range.start.line, 3);
  assert.match(grant.codeDescription!.href, /^https:\/\//);
  assert.ok(grant.range.end.character - grant.range.start.character < 60, 'range is the phrase, not the line');
  assert.ok(diags.some((d) => d.code === 'prompt/no-human-escalation' && d.severity === 2));
});

test('hover explains the finding and cites the clause', async () => {
  const uri = toUri(path.join(dir, 'open.system.md'));
  const diags = await waitFor(uri, 1);
  const grant = diags.find((d) => d.code === 'prompt/open-domain-grant')!;
  const hover = (await conn.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: grant.range.start,
  })) as { contents: { value: string } };
  assert.match(hover.contents.value, /WA-AI-PROVIDERS/);
  assert.match(hover.contents.value, /techcrunch\.com|whatsapp\.com/);
  assert.match(hover.contents.value, /effective 2026-01-15/);
  assert.match(hover.contents.value, /Signals found/);
});

test('a quick fix edit applies to the current version and clears the finding', async () => {
  const uri = toUri(path.join(dir, 'open.system.md'));
  const diags = await waitFor(uri, 1);
  const esc = diags.find((d) => d.code === 'prompt/no-human-escalation')!;
  const actions = (await conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: esc.range,
    context: { diagnostics: [esc] },
  })) as {
    title: string;
    edit: {
      documentChanges: { textDocument: { version: number }; edits: { range: Diag['range']; newText: string }[] }[];
    };
  }[];
  const fix = actions.find((a) => /human-escalation/.test(a.title));
  assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(actions.some((a) => /Disable prompt\/no-human-escalation for this line/.test(a.title)));
  const change = fix.edit.documentChanges[0];
  assert.equal(change.textDocument.version, 1);
  const text = applyEdits(
    OPEN_PROMPT,
    change.edits.map((e) => ({ uri, ...e })),
  );
  conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
  const after2 = await waitFor(uri, 2);
  assert.ok(!after2.some((d) => d.code === 'prompt/no-human-escalation'), 'escalation finding cleared');
  // The old diagnostic's fixes were computed for version 1: they are not offered for version 2.
  const stale = (await conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: esc.range,
    context: { diagnostics: [esc] },
  })) as unknown[];
  assert.equal(stale.length, 0);
});

test('unrelated YAML and JSON get no diagnostics', async () => {
  const compose = toUri(path.join(dir, 'docker-compose.yml'));
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: compose, languageId: 'yaml', version: 1, text: 'services:\n  web:\n    image: nginx\n' },
  });
  const pkg = toUri(path.join(dir, 'package.json'));
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: pkg, languageId: 'json', version: 1, text: '{"name":"x","version":"1.0.0"}' },
  });
  assert.deepEqual(await waitFor(compose, 1), []);
  assert.deepEqual(await waitFor(pkg, 1), []);
});

test('broken input gets a diagnostic, not a crash', async () => {
  const uri = toUri(path.join(dir, 'broken.prompt.yml'));
  conn.sendNotification('textDocument/didOpen', {
    textDocument: {
      uri,
      languageId: 'yaml',
      version: 1,
      text: 'messages:\n  - role: system\n    content: "unterminated\n  - [\n',
    },
  });
  const diags = await waitFor(uri, 1);
  assert.ok(diags.some((d) => d.code === 'input/unreadable'));
  const bomb = toUri(path.join(dir, 'bomb.prompt.yml'));
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 12; i++)
    lines.push(
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
    );
  lines.push('messages:\n  - role: system\n    content: You help with orders of Acme Shop only.');
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: bomb, languageId: 'yaml', version: 1, text: lines.join('\n') },
  });
  await waitFor(bomb, 1);
});

test('the workspace scan reports bot files that are not open, and nothing for other files', async () => {
  const uri = toUri(UNOPENED);
  const deadline = Date.now() + 10_000;
  while (!published.get(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const diags = published.get(uri)?.at(-1)?.diagnostics ?? [];
  assert.ok(
    diags.some((d) => d.code === 'prompt/no-business-scope' || d.code === 'prompt/open-domain-grant'),
    `got ${diags.map((d) => d.code).join(', ')}`,
  );
  assert.equal(published.get(toUri(path.join(dir, '.github', 'workflows', 'ci.yml'))), undefined);
  // The status sent once the scan is over counts the scanned files.
  while ((!status || status.scanning) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(status && status.files >= 1 && status.errors >= 1, `status ${JSON.stringify(status)}`);
});

test('a file changed on disk is re-checked through file watching', async () => {
  const uri = toUri(UNOPENED);
  const before = published.get(uri)?.length ?? 0;
  fs.writeFileSync(
    UNOPENED,
    'You are the order assistant of Acme Shop. You only help with orders and returns.\nIf a message is not about Acme orders, reply: "Sorry, I can only help with Acme orders."\nFor a person, call the `handoff_to_agent` tool.\n',
  );
  conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
  const deadline = Date.now() + 10_000;
  while ((published.get(uri)?.length ?? 0) <= before && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(published.get(uri)?.at(-1)?.diagnostics, []);
});
