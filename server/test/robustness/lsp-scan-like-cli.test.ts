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
 * The workspace scan (`waPolicy/scanWorkspace`) over LSP stdio publishes, for every file it checks, what the CLI
 * reports for it (rule, severity, position, message), and the status counts are the CLI's totals: both on the
 * server's thread (a small workspace, or WA_POLICY_SCAN_PROCESS_FILES raised) and in a scan process
 * (WA_POLICY_SCAN_PROCESS_FILES=0). Inputs: test-fixtures (every format, Rasa custom actions in Python, Dialogflow
 * CX agents, code bots in five languages, several configs), the end-to-end test's bot workspace, and a small
 * workspace of a Rasa project with custom actions, a CX agent, a code bot and a config.
 */
const tally = new Tally('workspace scan like the CLI (stdio)');
const servers: StdioServer[] = [];
const dirs: string[] = [];
after(() => {
  for (const s of servers) s.kill();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

type Line = string;
const SEVERITY = ['', 'error', 'warning', 'info'];

/** The CLI's findings per file of `dir` (run from `dir`): uri → sorted lines. */
function cliFindings(dir: string): Map<string, Line[]> {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.ok(r.stdout.startsWith('['), `CLI output: ${r.stderr}`);
  type Report = {
    file: string;
    findings: { rule: string; severity: string; message: string; clause?: string; line: number; column: number }[];
  };
  const out = new Map<string, Line[]>();
  for (const rep of JSON.parse(r.stdout) as Report[])
    out.set(
      toUri(path.resolve(dir, rep.file)),
      rep.findings
        .map(
          (f) => `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.clause ? `${f.message} [${f.clause}]` : f.message}`,
        )
        .sort(),
    );
  return out;
}

/** What the server published last for each file after a scan of `dir`, and its last status counts. */
async function scanned(dir: string, env: NodeJS.ProcessEnv) {
  const server = new StdioServer(env);
  servers.push(server);
  await server.initialize(dir);
  const id = server.request('waPolicy/scanWorkspace', {});
  await server.until(() => server.received.find((m) => m.id === id), 'the workspace scan', 600_000);
  // The status is sent 150 ms after the last change of counts.
  await new Promise((r) => setTimeout(r, 1000));
  const last = new Map<string, Message>();
  for (const m of server.received) if (m.method === 'textDocument/publishDiagnostics') last.set(m.params!.uri, m);
  const out = new Map<string, Line[]>();
  for (const [uri, m] of last) {
    type D = { code: string; severity: number; message: string; range: { start: { line: number; character: number } } };
    const list = m.params!.diagnostics as unknown as D[];
    out.set(
      uri,
      list
        .map(
          (d) =>
            `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${d.code} ${d.message}`,
        )
        .sort(),
    );
  }
  const status = server.received.filter((m) => m.method === 'waPolicy/status').at(-1)?.params as unknown as
    { errors: number; warnings: number; infos: number } | undefined;
  server.kill();
  return { published: out, status };
}

function assertLikeCli(dir: string, cli: Map<string, Line[]>, got: Awaited<ReturnType<typeof scanned>>) {
  const rel = (uri: string) => path.relative(dir, new URL(uri).pathname);
  // Every file the CLI reports findings for was published with exactly those; nothing else was published.
  for (const [uri, want] of cli)
    assert.deepEqual(got.published.get(uri) ?? [], want, `${rel(uri)}: the CLI's findings`);
  for (const [uri, list] of got.published)
    if (list.length) assert.ok(cli.has(uri), `${rel(uri)}: published, but the CLI does not check it`);
  const all = [...cli.values()].flat();
  const count = (s: string) => all.filter((l) => l.split(' ')[1] === s).length;
  assert.deepEqual(
    got.status && { errors: got.status.errors, warnings: got.status.warnings, infos: got.status.infos },
    { errors: count('error'), warnings: count('warning'), infos: count('info') },
    'status counts',
  );
}

const IN_THREAD = { WA_POLICY_SCAN_PROCESS_FILES: '100000', WA_POLICY_SCAN_PROCESS_BYTES: String(1 << 30) };
const IN_PROCESS = { WA_POLICY_SCAN_PROCESS_FILES: '0' };

/** A small workspace: a Rasa project with custom actions, a Dialogflow CX agent, a bot in code, a config. */
function smallWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-scan-like-cli-'));
  dirs.push(dir);
  const fixtures = path.join(REPO, 'test-fixtures');
  fs.cpSync(path.join(fixtures, 'formats', 'rasa', 'custom-actions'), path.join(dir, 'rasa'), { recursive: true });
  fs.cpSync(path.join(fixtures, 'formats', 'dialogflow-cx', 'open-agent'), path.join(dir, 'cx'), { recursive: true });
  fs.cpSync(path.join(fixtures, 'code', 'twilio-history-python'), path.join(dir, 'bot'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, '.wa-policy.yaml'),
    'rules:\n  prompt/no-human-escalation: error\n  flow/no-human-path: info\n',
  );
  return dir;
}

const workspaces: [string, () => string][] = [
  ['test-fixtures', () => path.join(REPO, 'test-fixtures')],
  ['the end-to-end bot workspace', () => path.join(REPO, 'client', 'test', 'fixtures', 'bot-workspace')],
  ['Rasa with custom actions, CX, code and a config', smallWorkspace],
];
for (const [name, make] of workspaces)
  for (const [where, env] of [
    ["on the server's thread", IN_THREAD],
    ['in a scan process', IN_PROCESS],
  ] as const)
    test(`workspace scan like the CLI: ${name}, ${where}`, () =>
      tally.time(`${name}, ${where}`, async () => {
        const dir = make();
        const cli = cliFindings(dir);
        assert.ok(
          [...cli.values()].some((l) => l.length),
          'the CLI finds something',
        );
        assertLikeCli(dir, cli, await scanned(dir, env));
      }));

test('workspace scan like the CLI: table row', () => tally.record());
