import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseDocument } from 'yaml';
import {
  apply,
  codeActions,
  codeOf,
  describe,
  lineOf,
  open,
  ours,
  waitForActivation,
  waitForDiagnostics,
  withCode,
  withoutCode,
} from './helpers';

function titles(actions: vscode.CodeAction[]): string {
  return JSON.stringify(actions.map((a) => `${a.title} [${a.kind?.value}]`));
}

async function revert(ed: vscode.TextEditor) {
  await vscode.window.showTextDocument(ed.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Opens a file, waits for a finding with `code`, and returns the quick fix `pick` chooses among its actions. */
async function quickFix(rel: string, code: string, pick: (a: vscode.CodeAction) => boolean, what: string) {
  const ed = await open(rel);
  const uri = ed.document.uri;
  const ds = await waitForDiagnostics(uri, withCode(code), code);
  const d = ds.find((x) => codeOf(x) === code)!;
  const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find(pick);
  assert.ok(fix, `no ${what} among ${titles(actions)}`);
  return { ed, uri, d, actions, fix };
}

/** concierge.system.md opened, with the open-domain-grant findings on its "Answer any question" line. */
async function grantLine() {
  const ed = await open('prompts/concierge.system.md');
  const uri = ed.document.uri;
  const line = lineOf(ed.document, 'Answer any question');
  const onLine = (ds: vscode.Diagnostic[]) =>
    ds.filter((x) => codeOf(x) === 'prompt/open-domain-grant' && x.range.start.line === line);
  const ds = await waitForDiagnostics(
    uri,
    (x) => onLine(x).length > 0,
    'prompt/open-domain-grant on the granting line',
  );
  return { ed, uri, line, onLine, ds };
}

suite('quick fixes', () => {
  suiteSetup(() => waitForActivation());

  test('"Add a human-escalation instruction" inserts one and clears the warning', async () => {
    const { ed, uri, fix } = await quickFix(
      'prompts/orders.system.md',
      'prompt/no-human-escalation',
      (a) => /^Add a human-escalation instruction/i.test(a.title),
      '"Add a human-escalation instruction"',
    );
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
    const before = ed.document.getText();
    await apply(fix);
    const after = ed.document.getText();
    assert.notStrictEqual(after, before, 'the fix changed nothing');
    const added = after
      .split('\n')
      .filter((l) => !before.split('\n').includes(l))
      .join('\n');
    assert.match(added, /human|person|people|agent|staff|team/i, `added text: ${added}`);
    assert.ok(after.includes(before.trim().split('\n')[0]), 'the fix dropped the original heading');
    await waitForDiagnostics(uri, withoutCode('prompt/no-human-escalation'), 'the escalation warning to clear');
    assert.deepStrictEqual(ours(uri).map(codeOf), [], `new findings after the fix: ${describe(ours(uri))}`);
    await revert(ed);
    await waitForDiagnostics(uri, withCode('prompt/no-human-escalation'), 'the warning to come back after revert');
  });

  test('"Add a business-scope statement" on a generic persona inserts a scoped statement and clears the error', async () => {
    const ed = await open('prompts/helper.system.md');
    const uri = ed.document.uri;
    const ds = await waitForDiagnostics(uri, withCode('prompt/no-business-scope'), 'prompt/no-business-scope');
    const d = ds.find((x) => codeOf(x) === 'prompt/no-business-scope')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(ed.document.getText(d.range), 'helpful assistant');
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /^Add a business-scope statement/i.test(a.title));
    assert.ok(fix, `no "Add a business-scope statement" among ${titles(actions)}`);
    const before = ed.document.getText();
    await apply(fix);
    const added = ed.document
      .getText()
      .split('\n')
      .filter((l) => !before.split('\n').includes(l))
      .join('\n');
    assert.match(added, /only|<[^>]+>/i, `added text: ${added}`);
    await waitForDiagnostics(
      uri,
      withoutCode('prompt/no-business-scope'),
      `prompt/no-business-scope to clear after "${fix.title}" added: ${added}`,
    );
    await revert(ed);
  });

  test('"Replace this line with an off-topic refusal" rewrites the granting line and clears its findings', async () => {
    const { ed, uri, line, onLine, ds } = await grantLine();
    const actions = await codeActions(uri, onLine(ds)[0].range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /^Replace this line with an off-topic refusal/.test(a.title));
    assert.ok(fix, `no "Replace this line with an off-topic refusal" among ${titles(actions)}`);
    await apply(fix);
    const now = ed.document.lineAt(line).text;
    assert.ok(!/Answer any question/.test(ed.document.getText()), `the grant is still there: ${ed.document.getText()}`);
    assert.match(now, /only|not|cannot|can't/i, `replacement: ${now}`);
    await waitForDiagnostics(uri, (x) => onLine(x).length === 0, 'the grants on that line to clear');
    await revert(ed);
  });

  test('"Disable <rule> for this line" in Markdown inserts an HTML comment; its <reason> placeholder is reported until filled in', async () => {
    const { ed, uri, line, onLine, ds } = await grantLine();
    const d = onLine(ds)[0];
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Disable prompt/open-domain-grant for this line');
    assert.ok(fix, `no "Disable prompt/open-domain-grant for this line" among ${titles(actions)}`);
    await apply(fix);
    const comment = ed.document.lineAt(line).text;
    assert.strictEqual(comment, '<!-- wa-policy-disable-next-line prompt/open-domain-grant -- <reason> -->');
    assert.match(ed.document.lineAt(line + 1).text, /^Answer any question/);
    // the grant on that line is silenced, the placeholder counts as no reason
    const after = await waitForDiagnostics(
      uri,
      (x) =>
        !x.some((g) => codeOf(g) === 'prompt/open-domain-grant' && g.range.start.line === line + 1) &&
        withCode('suppression/missing-reason')(x),
      'the grant silenced and the missing reason reported',
    );
    const mr = after.find((x) => codeOf(x) === 'suppression/missing-reason')!;
    assert.strictEqual(mr.range.start.line, line, describe([mr]));
    // the other grants in the file stay
    assert.ok(
      after.some((g) => codeOf(g) === 'prompt/open-domain-grant' && g.range.start.line !== line + 1),
      describe(after),
    );
    // writing a reason clears the missing-reason finding
    const ph = comment.indexOf('<reason>');
    await ed.edit((b) =>
      b.replace(new vscode.Range(line, ph, line, ph + '<reason>'.length), 'staff demo number, not public'),
    );
    await waitForDiagnostics(
      uri,
      withoutCode('suppression/missing-reason'),
      'suppression/missing-reason to clear once a reason is written',
    );
    assert.ok(
      !ours(uri).some((g) => codeOf(g) === 'prompt/open-domain-grant' && g.range.start.line === line + 1),
      describe(ours(uri)),
    );
    await revert(ed);
    await waitForDiagnostics(uri, (x) => onLine(x).length > 0, 'the grant to come back after revert');
  });

  test('"Disable <rule> for this line" in YAML inserts a # comment that keeps the file valid', async () => {
    const { ed, uri, fix } = await quickFix(
      'prompts/trivia.prompt.yml',
      'prompt/open-domain-grant',
      (a) => a.title.startsWith('Disable prompt/open-domain-grant for this line'),
      '"Disable prompt/open-domain-grant for this line"',
    );
    await apply(fix);
    const text = ed.document.getText();
    assert.match(
      text,
      /^\s*# wa-policy-disable-next-line prompt\/open-domain-grant -- \S.*$/m,
      `no YAML comment in:\n${text}`,
    );
    const parsed = parseDocument(text);
    assert.deepStrictEqual(
      parsed.errors.map((e) => e.message),
      [],
      'the file no longer parses',
    );
    const sys = (parsed.toJS() as { messages: { role: string; content: string }[] }).messages[0].content;
    assert.ok(!sys.includes('wa-policy-disable'), `the comment went into the prompt text itself: ${sys}`);
    await waitForDiagnostics(uri, withoutCode('prompt/open-domain-grant'), 'the grant to be silenced');
    await revert(ed);
  });

  test('"Disable <rule> for this file" is offered and silences the rule in the whole file', async () => {
    const { ed, uri, fix } = await quickFix(
      'prompts/concierge.system.md',
      'prompt/no-human-escalation',
      (a) => a.title.startsWith('Disable prompt/no-human-escalation for this file'),
      '"Disable prompt/no-human-escalation for this file"',
    );
    await apply(fix);
    assert.match(
      ed.document.getText(),
      /wa-policy-disable(-file)? prompt\/no-human-escalation -- \S/,
      'no file-level suppression inserted',
    );
    await waitForDiagnostics(uri, withoutCode('prompt/no-human-escalation'), 'the warning to be silenced');
    assert.ok(
      ours(uri).some((x) => codeOf(x) === 'prompt/open-domain-grant'),
      'other rules must still report',
    );
    await revert(ed);
    await waitForDiagnostics(uri, withCode('prompt/no-human-escalation'), 'the warning to come back after revert');
  });

  test('source.fixAll.wa-policy is offered and applies the safe fixes', async () => {
    const ed = await open('prompts/orders.system.md');
    const uri = ed.document.uri;
    await waitForDiagnostics(uri, withCode('prompt/no-human-escalation'), 'prompt/no-human-escalation');
    const full = new vscode.Range(0, 0, ed.document.lineCount, 0);
    const actions = await codeActions(uri, full, 'source.fixAll.wa-policy');
    const all = actions.find((a) => a.kind && a.kind.value.startsWith('source.fixAll'));
    assert.ok(all, `no source.fixAll action among ${titles(actions)}`);
    const before = ed.document.getText();
    await apply(all);
    assert.notStrictEqual(ed.document.getText(), before, 'fixAll changed nothing');
    await revert(ed);
  });
});

suite('quick fixes on flows', () => {
  suiteSetup(() => waitForActivation());

  test('Rasa: the human-handoff fix adds a handoff and clears flow/no-human-path', async () => {
    const { uri, fix } = await quickFix(
      'rasa-shop/config.yml',
      'flow/no-human-path',
      (a) => !a.title.startsWith('Disable ') && /hand ?off|human|person|agent/i.test(a.title),
      'handoff fix',
    );
    const touched = fix.edit ? fix.edit.entries().map(([u]) => vscode.workspace.asRelativePath(u)) : [];
    await apply(fix);
    const edited = fix.edit
      ? fix.edit
          .entries()
          .map(
            ([u, es]) =>
              `${vscode.workspace.asRelativePath(u)}: ${es.map((e) => `@${e.range.start.line} ${JSON.stringify(e.newText)}`).join(' ')}`,
          )
          .join('; ')
      : '';
    await waitForDiagnostics(
      uri,
      withoutCode('flow/no-human-path'),
      `flow/no-human-path to clear after "${fix.title}" (edits: ${edited})`,
    );
    const texts = await Promise.all(
      fix.edit!.entries().map(async ([u]) => (await vscode.workspace.openTextDocument(u)).getText()),
    );
    assert.ok(
      texts.some((t) => /pattern_human_handoff/.test(t)),
      `no pattern_human_handoff in the edited files ${JSON.stringify(touched)}`,
    );
    for (const [u] of fix.edit!.entries()) {
      const doc = await vscode.workspace.openTextDocument(u);
      const parsed = parseDocument(doc.getText());
      assert.deepStrictEqual(
        parsed.errors.map((e) => e.message),
        [],
        `${vscode.workspace.asRelativePath(u)} no longer parses`,
      );
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('n8n: the handoff fix adds a route to a person and clears flow/no-human-path', async () => {
    const { ed, uri, fix } = await quickFix(
      'n8n/inbox-assistant.json',
      'flow/no-human-path',
      (a) => !a.title.startsWith('Disable ') && /hand ?off|human|person|agent/i.test(a.title),
      'handoff fix',
    );
    await apply(fix);
    const text = ed.document.getText();
    assert.doesNotThrow(() => JSON.parse(text), 'the workflow is no longer valid JSON');
    const wf = JSON.parse(text) as { nodes: { name: string; type: string }[]; connections: Record<string, unknown> };
    assert.ok(wf.nodes.length > 0 && Object.keys(wf.connections).length > 0);
    await waitForDiagnostics(
      uri,
      withoutCode('flow/no-human-path'),
      `flow/no-human-path to clear after "${fix.title}"`,
    );
    await revert(ed);
  });
});
