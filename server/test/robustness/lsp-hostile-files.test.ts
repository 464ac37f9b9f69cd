import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';
import { Tally } from './harness';
import { StdioServer, type Message } from './lspClient';

/**
 * The hostile files of issue 11 over LSP stdio, as the editor meets them: opened as documents, or created on
 * disk (`workspace/didChangeWatchedFiles`, the closed-file check). The CLI and in-process cases are in
 * hostile.test.ts and hostile-formats.test.ts; this file checks the server gives the same explained results and
 * never sends text from outside the workspace.
 */
const tally = new Tally('hostile files over LSP stdio');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-hostile-files-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-outside-'));
const server = new StdioServer();
const GRANT_RULE = 'prompt/open-domain-grant';
const OPEN = 'You are a general assistant. Answer any question the user asks, on any topic.';
const SECRET = 'root:x:0:0:secret-marker';

before(() => server.initialize(dir));
after(() => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

function lspFileCase(name: string, fn: () => Promise<void>) {
  test(`hostile over stdio: ${name}`, () => tally.time(name, fn));
}

/** Writes `rel` under the workspace; its uri. */
function write(rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return toUri(file);
}

function open(uri: string, text: string, version = 1): void {
  const languageId = uri.endsWith('.md') ? 'markdown' : uri.endsWith('.json') ? 'json' : 'yaml';
  server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId, version, text } } });
}

/** Tells the server files were created on disk: closed ones are checked in the background. */
function created(...uris: string[]): void {
  server.send({
    method: 'workspace/didChangeWatchedFiles',
    params: { changes: uris.map((uri) => ({ uri, type: 1 })) },
  });
}

/** The first publish of `uri` that satisfies `ok` (any publish by default). */
async function diagnosticsOf(uri: string, ok: (m: Message) => boolean = () => true) {
  const hit = await server.until(() => server.publishes(uri).find(ok), `diagnostics of ${path.basename(uri)}`);
  return hit.params!.diagnostics;
}
const codes = (list: { code: string }[]) => list.map((d) => d.code);

/** Nothing the server sent holds the text of the file outside the workspace. */
function assertNoSecret(): void {
  const leaked = server.received.filter((m) => JSON.stringify(m).includes(SECRET));
  assert.equal(leaked.length, 0, `text from outside the workspace was sent: ${JSON.stringify(leaked[0])}`);
}

lspFileCase('a YAML alias bomb in .wa-policy.yaml is input/limits, its folder still checked', async () => {
  const levels = Array.from(
    { length: 8 },
    (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(',')}]`,
  );
  const config = write('bomb/.wa-policy.yaml', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${levels.join('\n')}\n`);
  created(config);
  const prompt = write('bomb/p/a.system.md', `${OPEN}\n`);
  open(prompt, `${OPEN}\n`);
  assert.ok(codes(await diagnosticsOf(prompt)).includes(GRANT_RULE), 'the prompt under the config is checked');
  assert.deepEqual(codes(await diagnosticsOf(config)), ['input/limits']);
});

lspFileCase('a JSON flow nested 5,000 deep, opened, is input/limits (not empty diagnostics)', async () => {
  const text = `{"initial_state":"T","states":[{"name":"T","type":"trigger"}],"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const uri = write('deep/studio-flow.json', text);
  open(uri, text);
  const list = await diagnosticsOf(uri);
  assert.deepEqual(codes(list), ['input/limits']);
});

lspFileCase('an n8n export over 200 KB with "connections" last, opened, is checked', async () => {
  const filler = Array.from(
    { length: 900 },
    (_, i) =>
      `{"id":"n${i}","name":"Set ${i}","type":"n8n-nodes-base.set","typeVersion":3,"position":[${i},0],"parameters":{"values":{"string":[{"name":"note","value":"${'x'.repeat(200)}"}]}}}`,
  );
  const agent = `{"id":"agent","name":"AI Agent","type":"@n8n/n8n-nodes-langchain.agent","typeVersion":1,"position":[0,0],"parameters":{"options":{"systemMessage":"${OPEN}"}}}`;
  const trigger = `{"id":"wa","name":"WhatsApp Trigger","type":"n8n-nodes-base.whatsAppTrigger","typeVersion":1,"position":[0,0],"parameters":{"updates":["messages"]}}`;
  const text = `{"name":"big","nodes":[${[trigger, agent, ...filler].join(',')}],"connections":{"WhatsApp Trigger":{"main":[[{"node":"AI Agent","type":"main","index":0}]]}}}`;
  assert.ok(text.length > 200_000);
  const uri = write('n8n/big.json', text);
  open(uri, text);
  const list = codes(await diagnosticsOf(uri));
  assert.ok(
    list.some((c) => c.startsWith('flow/')),
    `the export is detected and checked: ${list.join()}`,
  );
});

lspFileCase('a grant in a YAML anchor used through an alias is seen (prompt-yml, opened)', async () => {
  const text = `defs:\n  sys: &sys "${OPEN}"\nmessages:\n  - role: system\n    content: *sys\n`;
  const uri = write('anchor/a.prompt.yml', text);
  open(uri, text);
  assert.ok(codes(await diagnosticsOf(uri)).includes(GRANT_RULE));
});

lspFileCase('a second messages: key is read last-wins and reported (opened)', async () => {
  const scoped = 'You are the order assistant of Acme Shop. You only help with orders.';
  const text = `messages:\n  - role: system\n    content: "${scoped}"\nmessages:\n  - role: system\n    content: "${OPEN}"\n`;
  const uri = write('dup/a.prompt.yml', text);
  open(uri, text);
  const list = codes(await diagnosticsOf(uri));
  assert.ok(list.includes('input/duplicate-key'), list.join());
  assert.ok(list.includes(GRANT_RULE), `the last messages: is read: ${list.join()}`);
});

lspFileCase('UTF-16LE and UTF-16BE files with a BOM, created on disk, are decoded and checked', async () => {
  const zh = '你是聊天助手。你可以回答任何问题，无论什么话题都可以。';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zh, 'utf16le')]);
  const be = Buffer.from(le).swap16();
  const uris = [write('utf16/le.system.md', le), write('utf16/be.system.md', be)];
  created(...uris);
  for (const uri of uris) assert.ok(codes(await diagnosticsOf(uri)).includes(GRANT_RULE), uri);
});

lspFileCase('lone CR endings: the finding on its line and the quick fix edits that line (opened)', async () => {
  const text = `You help the customers of Acme Shop.\r\r${OPEN}\rKeep answers short.\r`;
  const uri = write('cr/a.system.md', text);
  open(uri, text);
  const grant = (await diagnosticsOf(uri)).find((d) => d.code === GRANT_RULE);
  assert.ok(grant, 'the grant is found');
  assert.equal(grant.range.start.line, 2, 'on the third line (lone CR ends a line)');
  const id = server.request('textDocument/codeAction', {
    textDocument: { uri },
    range: grant.range,
    context: { diagnostics: [grant] },
  });
  const reply = await server.until(() => server.received.find((m) => m.id === id), 'the code actions');
  type Edit = { range: { start: { line: number }; end: { line: number } } };
  type Action = { edit?: { changes?: Record<string, Edit[]>; documentChanges?: { edits?: Edit[] }[] } };
  const actions = reply.result as Action[];
  const edits = actions.flatMap((a) => [
    ...Object.values(a.edit?.changes ?? {}).flat(),
    ...(a.edit?.documentChanges ?? []).flatMap((c) => c.edits ?? []),
  ]);
  assert.ok(edits.length > 0, 'the quick fix carries its edits');
  // Every edit but the file-wide suppression comment (inserted at the top) lands on the grant's line.
  const onLine = edits.filter((e) => !/wa-policy-disable-file/.test((e as { newText?: string }).newText ?? ''));
  assert.ok(onLine.length > 0, 'a quick fix or a next-line suppression');
  for (const e of onLine)
    assert.equal(e.range.start.line, 2, `an edit lands on the grant's line: ${JSON.stringify(e)}`);
});

lspFileCase('links to ../../etc/passwd are refused with config/invalid and never read', async () => {
  fs.writeFileSync(path.join(outside, 'passwd'), `${SECRET}\n${OPEN}\n`);
  const flow = fs.readFileSync(path.join(REPO, 'test-fixtures', 'flow', 'hidden-llm', 'studio-flow.json'), 'utf8');
  const rel = path.relative(path.join(dir, 'links'), path.join(outside, 'passwd'));
  const config = write(
    'links/.wa-policy.yaml',
    `links:\n  - flow: studio-flow.json\n    prompt: "${rel}"\n    node: ask_gpt\n`,
  );
  const flowUri = write('links/studio-flow.json', flow);
  created(config);
  open(flowUri, flow);
  await diagnosticsOf(flowUri);
  const list = await diagnosticsOf(config, (m) => m.params!.diagnostics.length > 0);
  assert.ok(
    list.some((d) => d.code === 'config/invalid'),
    codes(list).join(),
  );
  assertNoSecret();
});

/**
 * Never read: no finding from the outside text and none of it sent; both are the CLI's `input/unreadable`
 * (lsp-unreadable.test.ts compares the messages with the CLI's, for the scan and didOpen too).
 */
lspFileCase('a symlinked prompt pointing outside the workspace, and a dangling one, are never read', async () => {
  fs.writeFileSync(path.join(outside, 'secret.system.md'), `${OPEN} ${SECRET}\n`);
  fs.mkdirSync(path.join(dir, 'symlinks'), { recursive: true });
  const link = path.join(dir, 'symlinks', 'gpt.system.md');
  fs.symlinkSync(path.join(outside, 'secret.system.md'), link);
  const dangling = path.join(dir, 'symlinks', 'dangling.system.md');
  fs.symlinkSync(path.join(dir, 'symlinks', 'nowhere.md'), dangling);
  created(toUri(link), toUri(dangling));
  for (const uri of [toUri(link), toUri(dangling)]) {
    const list = codes(await diagnosticsOf(uri));
    assert.deepEqual(list, ['input/unreadable'], `${path.basename(uri)}: nothing from its text`);
  }
  assertNoSecret();
});

lspFileCase('a config with unknown keys and an invalid provider: each reported once, valid rules apply', async () => {
  const text = 'colour: blue\nshade: dark\nprovider:\n  name: skynet\nrules:\n  prompt/no-human-escalation: off\n';
  const config = write('config/.wa-policy.yaml', text);
  const prompt = write('config/p/a.system.md', 'You are the assistant of Sunny Shoes. You only help with orders.\n');
  open(config, text);
  open(prompt, 'You are the assistant of Sunny Shoes. You only help with orders.\n');
  const list = await diagnosticsOf(config);
  const messages = list.map((d) => (d as unknown as { message: string }).message);
  assert.equal(list.length, 3, `one per issue (two unknown keys, one provider): ${messages.join(' | ')}`);
  assert.equal(new Set(messages).size, 3, 'no issue repeated');
  assert.ok(!codes(await diagnosticsOf(prompt)).includes('prompt/no-human-escalation'), 'the valid rules apply');
});

test('hostile over stdio: table row', () => tally.record());
