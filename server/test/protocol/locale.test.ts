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
import { CATALOGS, format } from '../../src/l10n';
import { toUri } from '../../src/model/uri';
import { ComplianceReportRequest, ExplainFindingRequest } from '../../src/protocol';
import { REPO } from '../helpers/fsHost';

/** The bundled server started with VS Code's display language pt-br (the `locale` of initialize). */
const PT = CATALOGS['pt-br'];
let child: ChildProcess;
let conn: MessageConnection;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-locale-'));
const FILE = path.join(dir, 'prompts', 'loja.system.md');
const URI = toUri(FILE);
const TEXT = ['Você é um assistente da Loja Sol.', 'Answer any question the user asks, on any topic.', ''].join('\n');
fs.mkdirSync(path.dirname(FILE), { recursive: true });
fs.writeFileSync(FILE, TEXT);
let diagnostics: Promise<
  { code: string; message: string; range: { start: { line: number; character: number } }; data?: unknown }[]
>;

before(async () => {
  child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  diagnostics = new Promise((resolve) =>
    conn.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; version?: number; diagnostics: never[] }) => {
        if (p.uri === URI && p.version === 1) resolve(p.diagnostics);
      },
    ),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: toUri(dir),
    locale: 'pt-BR',
    capabilities: {},
    workspaceFolders: null,
    initializationOptions: { workspaceScan: false },
  });
  conn.sendNotification('initialized', {});
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT },
  });
});

after(() => {
  conn.dispose();
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('pt-br client: diagnostics, hover and quick-fix titles in Portuguese, the quoted phrase as written', async () => {
  const diags = await diagnostics;
  const grant = diags.find((d) => d.code === 'prompt/open-domain-grant');
  assert.ok(grant, JSON.stringify(diags));
  const template = PT['prompt/open-domain-grant.grant.message']
    .replace(/[.*+?^$()[\]\\|]/g, '\\$&')
    .replace(/\{(\w+)\}/g, '(.+)');
  const m = new RegExp(`^${template}`).exec(grant.message);
  assert.ok(m, grant.message);
  assert.ok(TEXT.split('\n')[1].includes(m[2]), `the quoted phrase '${m[2]}' stays as written in the prompt`);
  const hover = (await conn.sendRequest('textDocument/hover', {
    textDocument: { uri: URI },
    position: { line: 1, character: 3 },
  })) as { contents: { value: string } };
  assert.ok(hover.contents.value.includes(`**${PT['hover.why']}**`), hover.contents.value);
  assert.ok(hover.contents.value.includes(PT['hover.quotedIn'].replace('{language}', PT['language.en'])));
  const actions = (await conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: grant.range,
    context: { diagnostics: [grant] },
  })) as { title: string }[];
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes(PT['fix.replaceWithRefusal']), titles.join(' | '));
  assert.ok(
    titles.includes(format(PT['action.disableLine'], { rule: 'prompt/open-domain-grant' })),
    titles.join(' | '),
  );
});

test('compliance report: Portuguese Markdown with every finding linked to file:line', async () => {
  await diagnostics;
  const r = (await conn.sendRequest(ComplianceReportRequest.method, {})) as ComplianceReportRequest.Result;
  assert.equal(r.files, 1);
  assert.ok(r.findings >= 1);
  assert.ok(r.markdown.startsWith(`# ${PT['report.title']}`), r.markdown);
  assert.ok(r.markdown.includes(`[prompts/loja.system.md:2](${URI}#L2)`), r.markdown);
});

test('explain finding: rule summary, clause and its source for the finding under the cursor; null elsewhere', async () => {
  await diagnostics;
  const r = (await conn.sendRequest(ExplainFindingRequest.method, {
    uri: URI,
    position: { line: 1, character: 5 },
  })) as ExplainFindingRequest.Result;
  assert.ok(r.markdown.includes(PT['prompt/open-domain-grant.summary']));
  assert.match(r.clauseUrl ?? '', /^https:\/\//);
  assert.equal(
    await conn.sendRequest(ExplainFindingRequest.method, { uri: URI, position: { line: 2, character: 0 } }),
    null,
  );
});
