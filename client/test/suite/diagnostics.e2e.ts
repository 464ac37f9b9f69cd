import * as assert from 'assert';
import * as vscode from 'vscode';
import { clause } from './clauses';
import {
  SOURCE,
  codeOf,
  describe,
  expectQuiet,
  file,
  lineOf,
  open,
  ours,
  targetOf,
  waitForActivation,
  waitForDiagnostics,
  withCode,
} from './helpers';

function one(ds: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const found = ds.filter((d) => codeOf(d) === code);
  assert.strictEqual(found.length, 1, `expected exactly one ${code}, have ${describe(ds)}`);
  return found[0];
}

function assertClause(d: vscode.Diagnostic, clauseId: string) {
  assert.strictEqual(d.source, SOURCE);
  assert.ok(typeof d.code === 'object', `code of ${codeOf(d)} has no link (codeDescription)`);
  assert.strictEqual(targetOf(d), vscode.Uri.parse(clause(clauseId).source).toString(true), `link of ${codeOf(d)}`);
}

suite('diagnostics', () => {
  suiteSetup(() => waitForActivation());

  test('open-domain system prompt: open-domain grant (error) on the granting line, with clause link', async () => {
    const ed = await open('prompts/concierge.system.md');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/open-domain-grant'),
      'prompt/open-domain-grant',
    );
    const grants = ds.filter((d) => codeOf(d) === 'prompt/open-domain-grant');
    for (const g of grants) {
      assert.strictEqual(g.severity, vscode.DiagnosticSeverity.Error, describe([g]));
      assertClause(g, 'WA-AI-PROVIDERS');
    }
    const line = lineOf(ed.document, 'Answer any question');
    const d = grants.find((g) => g.range.start.line === line && ed.document.getText(g.range) === 'Answer any question');
    assert.ok(d, `no grant covering exactly "Answer any question" on line ${line}: ${describe(ds)}`);
    assert.ok(
      grants.some((g) => /write essays/i.test(ed.document.getText(g.range))),
      `"write essays" not flagged: ${describe(ds)}`,
    );
    assert.ok(d.message.includes('Answer any question'), `message does not quote the grant: ${d.message}`);
  });

  test('open-domain system prompt: missing human escalation (warning) with clause link', async () => {
    const uri = file('prompts/concierge.system.md');
    const ds = await waitForDiagnostics(uri, withCode('prompt/no-human-escalation'), 'prompt/no-human-escalation');
    const d = one(ds, 'prompt/no-human-escalation');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assertClause(d, 'WA-HUMAN-ESCALATION');
  });

  test('scoped prompt without escalation: only the escalation warning', async () => {
    const ed = await open('prompts/orders.system.md');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/no-human-escalation'),
      'prompt/no-human-escalation',
    );
    assert.deepStrictEqual(ds.map(codeOf).sort(), ['prompt/no-human-escalation'], describe(ds));
  });

  test('compliant prompt (scoped, refuses off-topic, hands over to people): no findings', async () => {
    const ed = await open('prompts/bookings.system.md');
    await expectQuiet(ed.document.uri, 4000);
  });

  test('prompt.yml (GitHub Models): open-domain grant inside the system message', async () => {
    const ed = await open('prompts/trivia.prompt.yml');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/open-domain-grant'),
      'prompt/open-domain-grant',
    );
    const line = lineOf(ed.document, 'Answer any question');
    // One finding per cause: the sentence's first grant phrase carries it, the others are related information.
    const phrases = ['general-purpose AI', 'Answer any question'];
    const d = ds.find(
      (g) =>
        codeOf(g) === 'prompt/open-domain-grant' &&
        g.range.start.line === line &&
        phrases.includes(ed.document.getText(g.range)),
    );
    assert.ok(d, `no grant covering a grant phrase of line ${line}: ${describe(ds)}`);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assertClause(d, 'WA-AI-PROVIDERS');
  });

  test("n8n workflow: open-domain LLM (error) at the agent's system message, no human path (warning) at the trigger", async () => {
    const ed = await open('n8n/inbox-assistant.json');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      (x) => withCode('flow/open-domain-llm')(x) && withCode('flow/no-human-path')(x),
      'flow/open-domain-llm and flow/no-human-path',
    );
    const llm = one(ds, 'flow/open-domain-llm');
    assert.strictEqual(llm.severity, vscode.DiagnosticSeverity.Error);
    assertClause(llm, 'WA-AI-PROVIDERS');
    assert.match(ed.document.lineAt(llm.range.start.line).text, /"systemMessage"/, describe([llm]));
    assert.match(
      ed.document.getText(llm.range),
      /whatever the user asks/i,
      `range covers ${ed.document.getText(llm.range)}`,
    );
    const hp = one(ds, 'flow/no-human-path');
    assert.strictEqual(hp.severity, vscode.DiagnosticSeverity.Warning);
    assertClause(hp, 'WA-HUMAN-ESCALATION');
    assert.match(ed.document.lineAt(hp.range.start.line).text, /WhatsApp Trigger/, describe([hp]));
  });

  test('Rasa CALM project: free-form chitchat (error) on the rephrase prompt, no human path (warning)', async () => {
    const domain = await open('rasa-shop/domain.yml');
    const ds = await waitForDiagnostics(
      domain.document.uri,
      withCode('flow/open-domain-fallback'),
      'flow/open-domain-fallback',
    );
    const fb = one(ds, 'flow/open-domain-fallback');
    assert.strictEqual(fb.severity, vscode.DiagnosticSeverity.Error);
    assertClause(fb, 'WA-AI-PROVIDERS');
    const at = fb.range.start.line;
    assert.ok(
      at > lineOf(domain.document, 'rephrase_prompt') - 1 && at <= lineOf(domain.document, 'Responde libremente'),
      `points at line ${at}: ${domain.document.lineAt(at).text}`,
    );
    assert.match(fb.message, /pattern_chitchat/);
    // The finding sits on the LLM that answers the user (the config's command generator), not on credentials.
    const config = await open('rasa-shop/config.yml');
    const hds = await waitForDiagnostics(config.document.uri, withCode('flow/no-human-path'), 'flow/no-human-path');
    const hp = one(hds, 'flow/no-human-path');
    assert.strictEqual(hp.severity, vscode.DiagnosticSeverity.Warning);
    assertClause(hp, 'WA-HUMAN-ESCALATION');
    assert.match(config.document.lineAt(hp.range.start.line).text, /CommandGenerator/, describe([hp]));
  });

  test('every finding so far carries source, code and clause link', () => {
    const all = vscode.languages.getDiagnostics().flatMap(([, ds]) => ds.filter((d) => d.source === SOURCE));
    assert.ok(all.length >= 4, `only ${all.length} findings in the workspace`);
    for (const d of all) {
      assert.ok(typeof d.code === 'object' && d.code.target, `finding without link: ${describe([d])}`);
      assert.match(codeOf(d), /^[a-z]+\/[a-z0-9-]+$/);
    }
    assert.deepStrictEqual(ours(file('README.md')), []);
  });
});
