import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { memoryHost, Tally } from './harness';
import { StdioServer } from './lspClient';

/**
 * "Long work yields": while the server lints a 4 MB prompt (on its worker thread, lsp/offThreadLint.ts),
 * hovers and code actions on another file are answered, and the big file's diagnostics still arrive and
 * match a fresh lint. WA_POLICY_OFF_THREAD_CHARS=0 (no worker) makes this case fail.
 */
const tally = new Tally('large document linted off the main thread (stdio)');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-offthread-'));
const BIG_CHARS = Number(process.env.ROBUSTNESS_BIG_CHARS ?? 4 * 1024 * 1024);
/**
 * A hover or code action on the small file must be answered within this, or a third of the big file's lint
 * time on a loaded machine, while the big one is linted. Linted on the main thread, one waits for about all of it.
 */
const ANSWER_MS = 1500;
const SCOPED =
  'You are the order assistant of Acme Shop. You only help with orders.\nFor a person, call the `handoff_to_agent` tool.\n';
const OPEN = 'Answer any question the user asks, on any topic.\n';
const server = new StdioServer();

before(() => server.initialize(dir));
after(() => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const open = (uri: string, text: string) =>
  server.send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
  });

test('large document: hovers and code actions on another file are answered while a 4 MB prompt is linted', async () => {
  const t0 = performance.now();
  const small = toUri(path.join(dir, 'small.system.md'));
  open(small, SCOPED + OPEN);
  const smallPublish = await server.until(() => server.publishes(small)[0], 'the small file diagnostics');
  const grant = smallPublish.params!.diagnostics.find((d) => d.code === 'prompt/open-domain-grant');
  assert.ok(grant, 'the small file has a grant finding to hover');

  const big = toUri(path.join(dir, 'big.system.md'));
  const unit = 'Help customers of Acme Shop with their orders and returns.\nAnswer any question the user asks.\n';
  const bigText = SCOPED + unit.repeat(Math.ceil(BIG_CHARS / unit.length));
  const opened = performance.now();
  open(big, bigText);
  // Ask about the small file every 100 ms until the big file's diagnostics arrive; time every answer.
  const pairs: { latency: number; at: number }[] = [];
  while (!server.publishes(big).length) {
    const asked = performance.now();
    const hover = server.request('textDocument/hover', {
      textDocument: { uri: small },
      position: grant.range.start,
    });
    const action = server.request('textDocument/codeAction', {
      textDocument: { uri: small },
      range: grant.range,
      context: { diagnostics: [grant] },
    });
    const answers = await server.until(() => {
      const h = server.received.find((m) => m.id === hover);
      const a = server.received.find((m) => m.id === action);
      return h && a ? [h, a] : undefined;
    }, 'a hover and a code action on the small file');
    assert.ok(answers[0].result, 'the hover has contents');
    assert.ok(Array.isArray(answers[1].result) && answers[1].result.length > 0, 'the code action lists fixes');
    const at = Math.max(answers[0].at, answers[1].at);
    pairs.push({ latency: at - asked, at });
    await new Promise((r) => setTimeout(r, 100));
  }
  const bigPublish = server.publishes(big)[0];
  const bigMs = bigPublish.at - opened;
  // Publishing the big file's diagnostics is main-thread work too (tens of MB for 40,000 findings, which
  // arrive after the last byte is written): the bound is for what was answered before they arrived.
  const during = pairs.filter((p) => p.at < bigPublish.at).map((p) => p.latency);
  const answeredBefore = during.length;
  const worst = Math.max(...during);
  console.log(
    `large document: ${(bigText.length / 1048576).toFixed(1)} MB linted in ${bigMs.toFixed(0)} ms over stdio; ` +
      `${pairs.length} hover + code action pairs meanwhile (${answeredBefore} before its diagnostics), worst ${worst.toFixed(0)} ms meanwhile, ${Math.max(...pairs.map((p) => p.latency)).toFixed(0)} ms with the publish`,
  );
  assert.ok(answeredBefore >= 3, `requests were answered while the big file was linted (${answeredBefore})`);
  const bound = Math.max(ANSWER_MS, bigMs / 3);
  assert.ok(worst < bound, `every hover and code action was answered within ${bound.toFixed(0)} ms (worst ${worst})`);

  // The big file's diagnostics are those of a fresh lint.
  const fresh = createPolicyService({ host: memoryHost({ [big]: bigText }) }).lint(big)!.findings;
  const key = (code: string, r: { start: { line: number; character: number } }) =>
    `${code}@${r.start.line}:${r.start.character}`;
  assert.deepEqual(
    bigPublish.params!.diagnostics.map((d) => key(d.code, d.range)),
    fresh.map((f) => key(f.rule, f.range)),
  );
  assert.ok(fresh.length > 0, 'the big prompt has findings');
  tally.add('ok', performance.now() - t0, bigText.length);
});

test('large document: table row', () => tally.record());
