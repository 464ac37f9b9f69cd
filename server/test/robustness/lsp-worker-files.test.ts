import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';
import { Tally } from './harness';
import { StdioServer } from './lspClient';

/**
 * The lint worker (lsp/offThreadLint.ts) sees files change on disk as the main thread does: a `.wa-policy.yaml`
 * created, changed, opened, closed and deleted, and a project file (Rasa domain.yml) changed on disk, while the
 * documents are linted on the worker. WA_POLICY_OFF_THREAD_CHARS=1 sends every document there, so small files
 * exercise the worker path.
 */
const tally = new Tally('files changed on disk, linted on the worker (stdio)');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-worker-files-'));
const SCOPED =
  'You are the order assistant of Acme Shop. You only help with orders.\nFor a person, call the `handoff_to_agent` tool.\n';
const OPEN = 'Answer any question the user asks, on any topic.\n';
const GRANT = 'prompt/open-domain-grant';
const OFF = `rules:\n  ${GRANT}: off\n`;
/** The worker exits after this long idle (lsp/offThreadLint.ts), so the cases below also run on restarted workers. */
const IDLE_MS = Number(process.env.ROBUSTNESS_WORKER_IDLE_MS ?? 1000);
const server = new StdioServer({
  WA_POLICY_OFF_THREAD_CHARS: process.env.ROBUSTNESS_OFF_THREAD_CHARS ?? '1',
  WA_POLICY_WORKER_IDLE_MS: String(IDLE_MS),
});
/** Long enough for the worker to have exited: the next lint starts a new one. */
const idleExit = () => new Promise((r) => setTimeout(r, 3 * IDLE_MS + 500));

before(() => server.initialize(dir));
after(() => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;
const watched = (uri: string, type: number) =>
  server.send({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri, type }] } });

/** The codes of the next publish of `uri` after `count` earlier ones that satisfies `ok`. */
async function nextCodes(uri: string, count: number, ok: (codes: string[]) => boolean, what: string) {
  const codes = await server.until(() => {
    const list = server.publishes(uri).slice(count);
    const hit = list.find((m) => ok(m.params!.diagnostics.map((d) => d.code)));
    return hit?.params!.diagnostics.map((d) => d.code);
  }, what);
  return codes;
}

function workerCase(name: string, fn: () => Promise<void>) {
  test(`worker sees disk changes: ${name}`, () => tally.time(name, fn));
}

/** A folder with an open prompt that has a grant finding. */
async function openPrompt(name: string) {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder, { recursive: true });
  const uri = toUri(path.join(folder, 'bot.system.md'));
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri, languageId: 'markdown', version: 1, text: SCOPED + OPEN } },
  });
  await nextCodes(uri, 0, (c) => c.includes(GRANT), 'the grant finding');
  return { folder, uri, config: path.join(folder, '.wa-policy.yaml') };
}

workerCase('a config created, then changed on disk', async () => {
  const { uri, config } = await openPrompt('created');
  let n = server.publishes(uri).length;
  fs.writeFileSync(config, OFF);
  watched(toUri(config), CREATED);
  await nextCodes(uri, n, (c) => !c.includes(GRANT), 'the rule turned off by the new config');
  n = server.publishes(uri).length;
  fs.writeFileSync(config, `rules:\n  ${GRANT}: error\n`);
  watched(toUri(config), CHANGED);
  await nextCodes(uri, n, (c) => c.includes(GRANT), 'the rule back on after the config changed');
});

workerCase('a config opened in the editor, closed, then deleted', async () => {
  const { uri, config } = await openPrompt('deleted');
  fs.writeFileSync(config, OFF);
  watched(toUri(config), CREATED);
  await nextCodes(uri, 0, (c) => !c.includes(GRANT), 'the rule turned off by the config');
  const cfg = toUri(config);
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri: cfg, languageId: 'yaml', version: 1, text: OFF } },
  });
  await server.until(() => server.publishes(cfg)[0], 'the config diagnostics');
  server.send({ method: 'textDocument/didClose', params: { textDocument: { uri: cfg } } });
  const n = server.publishes(uri).length;
  fs.rmSync(config);
  watched(cfg, DELETED);
  await nextCodes(uri, n, (c) => c.includes(GRANT), 'the rule back on after the config was deleted');
});

/**
 * A prompt whose config is created and opened (the rule turns off), then deleted on disk while its buffer stays
 * open: as on the main thread (lsp/documentsHost.ts), the file is gone until its buffer is edited again.
 */
async function configDeletedWhileOpen(name: string): Promise<{ uri: string; cfg: string }> {
  const { uri, config } = await openPrompt(name);
  fs.writeFileSync(config, OFF);
  const cfg = toUri(config);
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri: cfg, languageId: 'yaml', version: 1, text: OFF } },
  });
  watched(cfg, CREATED);
  await nextCodes(uri, 0, (c) => !c.includes(GRANT), 'the rule turned off by the config');
  const n = server.publishes(uri).length;
  fs.rmSync(config);
  watched(cfg, DELETED);
  await nextCodes(uri, n, (c) => c.includes(GRANT), 'the rule back on after the config was deleted');
  return { uri, cfg };
}

workerCase('a config deleted on disk while its buffer is still open', async () => {
  const { uri, cfg } = await configDeletedWhileOpen('deleted-open');
  // Edited again, the buffer is the config again (unsaved).
  const m = server.publishes(uri).length;
  server.send({
    method: 'textDocument/didChange',
    params: { textDocument: { uri: cfg, version: 2 }, contentChanges: [{ text: OFF + '# edited\n' }] },
  });
  await nextCodes(uri, m, (c) => !c.includes(GRANT), 'the rule off again once the open config is edited');
});

workerCase('a Rasa domain.yml changed on disk while a file of its project is open', async () => {
  const root = path.join(dir, 'rasa');
  fs.cpSync(path.join(REPO, 'test-fixtures', 'flow', 'open-domain-fallback', 'shop'), root, { recursive: true });
  const patterns = toUri(path.join(root, 'data', 'patterns.yml'));
  const domain = toUri(path.join(root, 'domain.yml'));
  server.send({
    method: 'textDocument/didOpen',
    params: {
      textDocument: {
        uri: patterns,
        languageId: 'yaml',
        version: 1,
        text: fs.readFileSync(path.join(root, 'data', 'patterns.yml'), 'utf8'),
      },
    },
  });
  const fallback = 'flow/open-domain-fallback';
  await nextCodes(domain, 0, (c) => c.includes(fallback), 'the closed domain.yml checked with its project');
  const n = server.publishes(domain).length;
  const file = path.join(root, 'domain.yml');
  const scoped = fs
    .readFileSync(file, 'utf8')
    .replace(
      /You are a witty.*\n.*Answer any question.*\n/,
      'You are the order assistant of Northwind. You only help with orders.\n          If the message is about anything else, say you can only help with orders.\n',
    );
  assert.notEqual(scoped, fs.readFileSync(file, 'utf8'), 'the fixture has the open rephrase prompt');
  fs.writeFileSync(file, scoped);
  watched(domain, CHANGED);
  await nextCodes(domain, n, (c) => !c.includes(fallback), 'the fallback finding gone after domain.yml changed');
});

/** The codes published for `uri` at `version`. */
async function codesAt(uri: string, version: number): Promise<string[]> {
  const hit = await server.until(
    () => server.publishes(uri).find((m) => m.params!.version === version),
    `the diagnostics of version ${version}`,
  );
  return hit.params!.diagnostics.map((d) => d.code);
}

const edit = (uri: string, version: number, text: string) =>
  server.send({
    method: 'textDocument/didChange',
    params: { textDocument: { uri, version }, contentChanges: [{ text }] },
  });

workerCase('after its idle exit, a new worker still treats a config deleted while open as gone', async () => {
  const { uri, cfg } = await configDeletedWhileOpen('restart-deleted-open');
  await idleExit();
  // The restarted worker gets the open buffers again, the deleted config's among them: it must stay gone.
  edit(uri, 2, SCOPED + OPEN + 'Keep answers short.\n');
  assert.ok((await codesAt(uri, 2)).includes(GRANT), 'the deleted config does not apply after the restart');
  // Edited again, the config's buffer applies (on the same worker or another one).
  await idleExit();
  edit(cfg, 2, OFF + '# edited\n');
  edit(uri, 3, SCOPED + OPEN);
  assert.ok(!(await codesAt(uri, 3)).includes(GRANT), 'the edited config buffer applies after a restart');
});

workerCase('after its idle exit, a new worker sees a config created, changed and closed meanwhile', async () => {
  const { uri, config } = await openPrompt('restart-config');
  const cfg = toUri(config);
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri: cfg, languageId: 'yaml', version: 1, text: OFF } },
  });
  await nextCodes(uri, 0, (c) => !c.includes(GRANT), 'the open config buffer applies');
  await idleExit();
  // Closed unsaved (nothing on disk), then written on disk with the rule on: the restarted worker reads the disk.
  server.send({ method: 'textDocument/didClose', params: { textDocument: { uri: cfg } } });
  fs.writeFileSync(config, `rules:\n  ${GRANT}: error\n`);
  watched(cfg, CREATED);
  edit(uri, 2, SCOPED + OPEN + 'Keep answers short.\n');
  assert.ok((await codesAt(uri, 2)).includes(GRANT), 'the closed buffer is gone and the file on disk applies');
  await idleExit();
  fs.writeFileSync(config, OFF);
  watched(cfg, CHANGED);
  edit(uri, 3, SCOPED + OPEN);
  assert.ok(!(await codesAt(uri, 3)).includes(GRANT), 'the config changed on disk applies after a restart');
});

test('worker sees disk changes: table row', () => tally.record());
