import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';

/** A bot in code of ~160 KB (bound for the lint worker): helpers, then a relay to chat completions with no system prompt. */
function bigBot(): string {
  const out = [
    "import { Client, LocalAuth } from 'whatsapp-web.js';",
    "import OpenAI from 'openai';",
    'const openai = new OpenAI();',
  ];
  for (let i = 0; i < 800; i++)
    out.push(
      `export function formatLine${i}(qty: number, price: number): string {`,
      `  return String(qty * price + ${i});`,
      '}',
    );
  out.push(
    'async function ask(text: string): Promise<string> {',
    '  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });',
    '  return r.choices[0].message.content ?? "";',
    '}',
    'const client = new Client({ authStrategy: new LocalAuth() });',
    "client.on('message', async (msg) => msg.reply(await ask(msg.body)));",
    'client.initialize();',
  );
  return out.join('\n') + '\n';
}

// While the lint worker starts, a document bound for it may be linted on the server's thread; a code file must not be,
// before that thread has loaded the code parsers: its first diagnostics were empty (the file was not read as code).
test('a large bot in code opened right after start gets its findings in its first diagnostics and after an edit', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-code-first-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'bot', dependencies: { 'whatsapp-web.js': '1', openai: '4' } }),
  );
  const file = path.join(dir, 'src', 'bot.ts');
  const text = bigBot();
  fs.writeFileSync(file, text);
  const uri = toUri(file);
  const child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const byVersion = new Map<number, string[]>();
  let notify = () => {};
  conn.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; version?: number; diagnostics: { code: string }[] }) => {
      if (p.uri === uri && p.version !== undefined && !byVersion.has(p.version)) {
        byVersion.set(
          p.version,
          p.diagnostics.map((d) => d.code),
        );
        notify();
      }
    },
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const version = (v: number) =>
    new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for v${v}`)), 60_000);
      notify = () => byVersion.has(v) && (clearTimeout(timer), resolve(byVersion.get(v)!));
      notify();
    });
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: toUri(dir),
      capabilities: {},
      workspaceFolders: null,
      initializationOptions: { workspaceScan: false },
    });
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text },
    });
    assert.ok((await version(1)).includes('flow/open-domain-llm'), 'first diagnostics');
    const at = text.indexOf('formatLine5(');
    const pos = { line: text.slice(0, at).split('\n').length - 1, character: at - text.lastIndexOf('\n', at - 1) - 1 };
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }],
    });
    assert.ok((await version(2)).includes('flow/open-domain-llm'), 'after an edit');
  } finally {
    conn.dispose();
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
