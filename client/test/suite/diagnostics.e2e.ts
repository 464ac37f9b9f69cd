import * as assert from 'assert';
import * as vscode from 'vscode';
import { clause } from './clauses';
import {
  SOURCE, codeOf, describe, expectQuiet, file, lineOf, open, ours, targetOf, waitForActivation, waitForDiagnostics, withCode,
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
    const ds = await waitForDiagnostics(ed.document.uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant');
    const d = one(ds, 'prompt/open-domain-grant');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assertClause(d, 'WA-AI-PROVIDERS');
    const line = lineOf(ed.document, 'Answer any question');
    assert.strictEqual(d.range.start.line, line, `range ${describe([d])} should start on line ${line}`);
    const text = ed.document.getText(d.range);
    assert.ok(text.trim().length > 0 && /any/i.test(text), `range covers "${text}"`);
    assert.ok(d.message.length > 10, 'message too short');
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
    const ds = await waitForDiagnostics(ed.document.uri, withCode('prompt/no-human-escalation'), 'prompt/no-human-escalation');
    assert.deepStrictEqual(ds.map(codeOf).sort(), ['prompt/no-human-escalation'], describe(ds));
  });

  test('compliant prompt (scoped, refuses off-topic, hands over to people): no findings', async () => {
    const ed = await open('prompts/bookings.system.md');
    await expectQuiet(ed.document.uri, 4000);
  });

  test('prompt.yml (GitHub Models): open-domain grant inside the system message', async () => {
    const ed = await open('prompts/trivia.prompt.yml');
    const ds = await waitForDiagnostics(ed.document.uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant');
    const d = one(ds, 'prompt/open-domain-grant');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assertClause(d, 'WA-AI-PROVIDERS');
    assert.strictEqual(d.range.start.line, lineOf(ed.document, 'Answer any question'));
    assert.ok(/any/i.test(ed.document.getText(d.range)), `range covers "${ed.document.getText(d.range)}"`);
  });

  test('Rasa CALM project: open-domain chitchat and no human path, on the flow files', async () => {
    await open('rasa-shop/data/flows.yml');
    const inProject = () => vscode.languages.getDiagnostics()
      .filter(([uri]) => uri.path.includes('/rasa-shop/'))
      .flatMap(([uri, ds]) => ds.filter((d) => d.source === SOURCE).map((d) => ({ uri, d })));
    const until = Date.now() + 30_000;
    let found = inProject();
    while (!(found.some((f) => codeOf(f.d) === 'flow/open-domain-llm') && found.some((f) => codeOf(f.d) === 'flow/no-human-path'))) {
      if (Date.now() > until) assert.fail(`no flow/open-domain-llm + flow/no-human-path in rasa-shop/; have ${JSON.stringify(found.map((f) => `${vscode.workspace.asRelativePath(f.uri)} ${codeOf(f.d)}`))}`);
      await new Promise((r) => setTimeout(r, 250));
      found = inProject();
    }
    const open1 = found.find((f) => codeOf(f.d) === 'flow/open-domain-llm')!;
    assert.ok([vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning].includes(open1.d.severity));
    assertClause(open1.d, 'WA-AI-PROVIDERS');
    const doc1 = await vscode.workspace.openTextDocument(open1.uri);
    const at1 = doc1.lineAt(open1.d.range.start.line).text;
    assert.ok(/chitchat|rephrase|free/i.test(at1), `flow/open-domain-llm points at "${at1}" in ${vscode.workspace.asRelativePath(open1.uri)}`);
    const hp = found.find((f) => codeOf(f.d) === 'flow/no-human-path')!;
    assertClause(hp.d, 'WA-HUMAN-ESCALATION');
    const doc2 = await vscode.workspace.openTextDocument(hp.uri);
    const at2 = doc2.lineAt(hp.d.range.start.line).text;
    assert.ok(at2.trim().length > 0, `flow/no-human-path points at an empty line in ${vscode.workspace.asRelativePath(hp.uri)}`);
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
