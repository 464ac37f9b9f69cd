import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse as parseToml } from 'smol-toml';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';

const DOC = fs.readFileSync(path.join(REPO, 'docs/editors.md'), 'utf8');
const SERVER = path.join(REPO, 'dist', 'server.js');
const blocks = (lang: string) =>
  [...DOC.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]);
const OPEN = 'You are a helpful assistant.\nYou can answer any question on any topic, like ChatGPT.\n';

interface Launch {
  command: string;
  args: string[];
  initializationOptions: unknown;
}

/** The documented command with the install path swapped for this checkout's server. */
function local(launch: Launch): Launch {
  const args = launch.args.map((a) => (/dist\/server\.js$/.test(a) ? SERVER : a));
  assert.ok(args.includes(SERVER), `the documented command runs dist/server.js: ${launch.args.join(' ')}`);
  return { ...launch, command: launch.command === 'node' ? process.execPath : launch.command, args };
}

/** Starts the server as the editor would, opens an open-domain prompt and returns the diagnostic codes. */
async function diagnosticsFor(launch: Launch, languageId: string, file: string): Promise<string[]> {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wa-editors-')));
  const abs = path.join(root, file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, OPEN);
  const child = spawn(launch.command, launch.args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = toUri(abs);
  const got = new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${file}`)), 20_000);
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => {
      if (p.uri !== uri || !p.diagnostics.length) return;
      clearTimeout(timer);
      resolve(p.diagnostics.map((d) => d.code));
    });
  });
  conn.onRequest('workspace/configuration', () => []);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: toUri(root),
      workspaceFolders: [{ uri: toUri(root), name: 'ws' }],
      capabilities: {},
      initializationOptions: launch.initializationOptions,
    });
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: OPEN } });
    return await got;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await conn.sendRequest('shutdown').catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    child.kill();
    conn.dispose();
  }
}

/** The few Lua table fields the set-ups use: `cmd = { 'node', vim.fn.expand('…'), '--stdio' }`, `init_options = { k = v }`. */
function luaLaunch(lua: string): Launch & { filetypes: string[] } {
  const list = (field: string) =>
    [...(new RegExp(`${field} = \\{([^}]*)\\}`).exec(lua)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const [command, ...args] = list('cmd');
  const init = /init_options = \{([^}]*)\}/.exec(lua)?.[1] ?? '';
  const initializationOptions = Object.fromEntries(
    [...init.matchAll(/(\w+) = (true|false|\d+|'[^']*')/g)].map(([, k, v]) => [
      k,
      v.startsWith("'") ? v.slice(1, -1) : JSON.parse(v),
    ]),
  );
  return { command, args, initializationOptions, filetypes: list('filetypes') };
}

test('docs/editors.md: both Neovim set-ups start the server with their settings and get diagnostics', async () => {
  const lua = blocks('lua');
  assert.equal(lua.length, 2);
  for (const block of lua) {
    const launch = luaLaunch(block);
    assert.deepEqual(launch.initializationOptions, { workspaceScan: true });
    assert.deepEqual(launch.filetypes, ['markdown', 'yaml', 'json', 'text']);
    assert.match(block, /'\.wa-policy\.yaml', '\.git'/);
    const codes = await diagnosticsFor(local(launch), 'markdown', 'prompts/open.system.md');
    assert.ok(codes.includes('prompt/open-domain-grant'), codes.join(', '));
  }
  assert.match(lua[0], /prompty = 'markdown', prompt = 'markdown'/);
});

test('docs/editors.md: the Helix languages.toml starts the server with its config and covers the bot file types', async () => {
  const [toml] = blocks('toml');
  const conf = parseToml(toml) as {
    'language-server': Record<string, { command: string; args: string[]; config?: unknown }>;
    language: { name: string; 'file-types'?: string[]; 'language-servers': string[] }[];
  };
  const server = conf['language-server']['wa-policy'];
  assert.deepEqual({ ...(server.config as object) }, { workspaceScan: true });
  const langs = conf.language.filter((l) => l['language-servers'].includes('wa-policy'));
  assert.deepEqual(langs.map((l) => l.name).sort(), ['json', 'markdown', 'prompty', 'yaml']);
  assert.deepEqual(langs.find((l) => l.name === 'prompty')?.['file-types'], ['prompty', 'prompt']);
  const codes = await diagnosticsFor(
    local({ command: server.command, args: server.args, initializationOptions: server.config }),
    'prompty',
    'bots/open.prompty',
  );
  assert.ok(
    codes.some((c) => c.startsWith('prompt/')),
    codes.join(', '),
  );
});
