import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';
import { Tally } from './harness';
import { StdioServer, type Message } from './lspClient';

/**
 * Files the server cannot read from disk, over LSP stdio: a symbolic link out of the workspace, a dangling one,
 * a folder that cannot be listed and a file without read permission (the last two with the server run as an
 * unprivileged user). Whether the workspace scan, a file event or `didOpen` meets them, the server publishes the
 * CLI's `input/unreadable` finding, word for word, and nothing from the link's target.
 */
const tally = new Tally('unreadable files over LSP stdio');
const OPEN = 'You are a general assistant. Answer any question the user asks, on any topic.';
const SECRET = 'root:x:0:0:secret-marker';
const nobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const servers: StdioServer[] = [];
const dirs: string[] = [];

after(() => {
  for (const s of servers) s.kill();
  for (const d of dirs) {
    spawnSync('chmod', ['-R', 'u+rwX', d]);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

function unreadableCase(name: string, fn: () => Promise<void>, options: { skip?: string } = {}) {
  test(`unreadable over stdio: ${name}`, options, () => tally.time(name, fn));
}

/**
 * A workspace (readable by everyone, for the unprivileged server) holding a scoped prompt, a prompt symlinked to
 * a file outside it, a dangling symlink, a loop of symlinks, a named pipe, and, when `locked`, a file and a folder
 * without read permission.
 */
function workspace(locked: boolean): { dir: string; outside: string; uris: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-unreadable-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-unreadable-out-'));
  dirs.push(dir, outside);
  for (const d of [dir, outside]) fs.chmodSync(d, 0o755);
  fs.writeFileSync(path.join(outside, 'secret.system.md'), `${OPEN} ${SECRET}\n`);
  fs.mkdirSync(path.join(dir, 'p'));
  fs.writeFileSync(
    path.join(dir, 'p', 'a.system.md'),
    'You are the assistant of Sunny Shoes. You only help with orders.\n',
  );
  const paths: Record<string, string> = {
    link: path.join(dir, 'p', 'gpt.system.md'),
    dangling: path.join(dir, 'p', 'dangling.system.md'),
  };
  fs.symlinkSync(path.join(outside, 'secret.system.md'), paths.link);
  fs.symlinkSync(path.join(dir, 'p', 'nowhere.md'), paths.dangling);
  // A loop of links and a named pipe (opening it for reading would block the server): session 13.
  paths.loop = path.join(dir, 'p', 'loop.system.md');
  fs.symlinkSync('loop2.system.md', paths.loop);
  fs.symlinkSync('loop.system.md', path.join(dir, 'p', 'loop2.system.md'));
  const pipe = path.join(dir, 'p', 'pipe.system.md');
  if (spawnSync('mkfifo', [pipe]).status === 0) paths.pipe = pipe;
  if (locked) {
    paths.file = path.join(dir, 'p', 'locked.system.md');
    paths.folder = path.join(dir, 'sealed');
    fs.writeFileSync(paths.file, `${OPEN}\n`);
    fs.mkdirSync(paths.folder);
    fs.writeFileSync(path.join(paths.folder, 'b.system.md'), `${OPEN}\n`);
    fs.chmodSync(paths.file, 0o000);
    fs.chmodSync(paths.folder, 0o000);
  }
  const uris = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, toUri(p)]));
  return { dir, outside, uris };
}

/** What the CLI says of each unreadable path of `dir` (run from `dir`, as `user`): file → message. */
function cliMessages(dir: string, wrap: string[]): Map<string, string> {
  fs.copyFileSync(path.join(REPO, 'dist', 'cli.js'), path.join(dir, 'cli.js'));
  const argv = [...wrap, process.execPath, 'cli.js', '--format', 'json', '.'];
  const r = spawnSync(argv[0], argv.slice(1), { cwd: dir, encoding: 'utf8' });
  fs.rmSync(path.join(dir, 'cli.js'));
  assert.equal(r.status, 2, r.stderr);
  type Report = { file: string; findings: { rule: string; message: string }[] };
  const out = new Map<string, string>();
  for (const rep of JSON.parse(r.stdout) as Report[])
    for (const f of rep.findings) if (f.rule === 'input/unreadable') out.set(rep.file, f.message);
  return out;
}

async function start(dir: string, wrap: string[] = []): Promise<StdioServer> {
  const server = new StdioServer({}, wrap);
  servers.push(server);
  await server.initialize(dir);
  return server;
}

async function published(server: StdioServer, uri: string, ok: (m: Message) => boolean = () => true) {
  const hit = await server.until(() => server.publishes(uri).filter(ok).at(-1), `diagnostics of ${path.basename(uri)}`);
  return hit.params!.diagnostics as unknown as { code: string; message: string }[];
}

/** Exactly the CLI's one `input/unreadable` finding for each of `uris`, and no text from outside. */
async function assertLikeCli(server: StdioServer, dir: string, uris: string[], cli: Map<string, string>) {
  for (const uri of uris) {
    const list = await published(server, uri, (m) => m.params!.diagnostics.length > 0);
    const rel = path.relative(dir, new URL(uri).pathname);
    assert.deepEqual(
      list.map((d) => [d.code, d.message]),
      [['input/unreadable', cli.get(rel)]],
      `${rel}: the CLI's finding`,
    );
  }
  const leaked = server.received.filter((m) => JSON.stringify(m).includes(SECRET));
  assert.equal(leaked.length, 0, `text from outside the workspace was sent: ${JSON.stringify(leaked[0])}`);
}

async function scan(server: StdioServer): Promise<void> {
  const id = server.request('waPolicy/scanWorkspace', {});
  await server.until(() => server.received.find((m) => m.id === id), 'the workspace scan');
}

/** The paths every workspace holds that cannot be read (the pipe where mkfifo exists). */
const unreadable = (uris: Record<string, string>) =>
  [uris.link, uris.dangling, uris.loop, uris.pipe].filter((u): u is string => !!u);

unreadableCase('the workspace scan meets a link out of the workspace, a dangling link, a loop and a pipe', async () => {
  const { dir, uris } = workspace(false);
  const cli = cliMessages(dir, []);
  const server = await start(dir);
  await scan(server);
  await assertLikeCli(server, dir, unreadable(uris), cli);
});

unreadableCase(
  'file events and didOpen meet a link out of the workspace, a dangling link, a loop and a pipe',
  async () => {
    const { dir, uris } = workspace(false);
    const cli = cliMessages(dir, []);
    const server = await start(dir);
    const changes = unreadable(uris).map((uri) => ({ uri, type: 1 }));
    server.send({ method: 'workspace/didChangeWatchedFiles', params: { changes } });
    await assertLikeCli(server, dir, unreadable(uris), cli);
    // The editor followed the link and sends the outside file's text: still never checked nor quoted.
    const text = `${OPEN} ${SECRET}\n`;
    const before = server.publishes(uris.link).length;
    server.send({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: uris.link, languageId: 'markdown', version: 1, text } },
    });
    await server.until(() => (server.publishes(uris.link).length > before ? true : undefined), 'the open link');
    assert.equal(server.publishes(uris.link).at(-1)!.params!.version, 1, 'published for the open document');
    await assertLikeCli(server, dir, [uris.link], cli);
  },
);

unreadableCase(
  'a file and a folder without read permission (the server as an unprivileged user): scan, file event, didOpen',
  async () => {
    const { dir, uris } = workspace(true);
    const cli = cliMessages(dir, AS_NOBODY);
    const server = await start(dir, AS_NOBODY);
    await scan(server);
    await assertLikeCli(server, dir, [uris.file, uris.folder, uris.link, uris.dangling], cli);
    const n = server.publishes(uris.file).length;
    server.send({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: uris.file, type: 2 }] } });
    server.send({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: uris.file, languageId: 'markdown', version: 3, text: `${OPEN}\n` } },
    });
    await server.until(
      () =>
        server
          .publishes(uris.file)
          .slice(n)
          .find((m) => m.params!.version === 3),
      'didOpen',
    );
    await assertLikeCli(server, dir, [uris.file], cli);
  },
  nobody ? {} : { skip: 'needs root and setpriv to drop privileges' },
);

test('unreadable over stdio: table row', () => tally.record());
