import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseDocument } from 'yaml';
import {
  apply, codeActions, codeOf, describe, open, ours, waitForActivation, waitForDiagnostics, withCode, withoutCode,
} from './helpers';

function titles(actions: vscode.CodeAction[]): string {
  return JSON.stringify(actions.map((a) => `${a.title} [${a.kind?.value}]`));
}

async function revert(ed: vscode.TextEditor) {
  await vscode.window.showTextDocument(ed.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

suite('quick fixes', () => {
  suiteSetup(() => waitForActivation());

  test('"Add a human-escalation instruction" inserts one and clears the warning', async () => {
    const ed = await open('prompts/orders.system.md');
    const uri = ed.document.uri;
    const ds = await waitForDiagnostics(uri, withCode('prompt/no-human-escalation'), 'prompt/no-human-escalation');
    const d = ds.find((x) => codeOf(x) === 'prompt/no-human-escalation')!;
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /^Add a human-escalation instruction/i.test(a.title));
    assert.ok(fix, `no "Add a human-escalation instruction" among ${titles(actions)}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
    const before = ed.document.getText();
    await apply(fix);
    const after = ed.document.getText();
    assert.notStrictEqual(after, before, 'the fix changed nothing');
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l)).join('\n');
    assert.match(added, /human|person|people|agent|staff|team/i, `added text: ${added}`);
    assert.ok(after.includes(before.trim().split('\n')[0]), 'the fix dropped the original heading');
    await waitForDiagnostics(uri, withoutCode('prompt/no-human-escalation'), 'the escalation warning to clear');
    assert.deepStrictEqual(ours(uri).map(codeOf), [], `new findings after the fix: ${describe(ours(uri))}`);
    await revert(ed);
    await waitForDiagnostics(uri, withCode('prompt/no-human-escalation'), 'the warning to come back after revert');
  });

  test('"Disable <rule> for this line" in Markdown inserts a reasoned HTML comment and silences the finding', async () => {
    const ed = await open('prompts/concierge.system.md');
    const uri = ed.document.uri;
    const ds = await waitForDiagnostics(uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant');
    const d = ds.find((x) => codeOf(x) === 'prompt/open-domain-grant')!;
    const line = d.range.start.line;
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Disable prompt/open-domain-grant for this line'));
    assert.ok(fix, `no "Disable prompt/open-domain-grant for this line" among ${titles(actions)}`);
    await apply(fix);
    const comment = ed.document.lineAt(line).text;
    assert.match(comment, /^\s*<!-- wa-policy-disable-next-line prompt\/open-domain-grant -- \S.* -->\s*$/, `inserted: ${comment}`);
    assert.match(ed.document.lineAt(line + 1).text, /Answer any question/);
    await waitForDiagnostics(uri, withoutCode('prompt/open-domain-grant'), 'the grant to be silenced');
    assert.ok(!ours(uri).some((x) => codeOf(x) === 'suppression/missing-reason'), `the inserted comment counts as reasonless: ${describe(ours(uri))}`);
    await revert(ed);
    await waitForDiagnostics(uri, withCode('prompt/open-domain-grant'), 'the grant to come back after revert');
  });

  test('"Disable <rule> for this line" in YAML inserts a # comment that keeps the file valid', async () => {
    const ed = await open('prompts/trivia.prompt.yml');
    const uri = ed.document.uri;
    const ds = await waitForDiagnostics(uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant');
    const d = ds.find((x) => codeOf(x) === 'prompt/open-domain-grant')!;
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Disable prompt/open-domain-grant for this line'));
    assert.ok(fix, `no "Disable prompt/open-domain-grant for this line" among ${titles(actions)}`);
    await apply(fix);
    const text = ed.document.getText();
    assert.match(text, /^\s*# wa-policy-disable-next-line prompt\/open-domain-grant -- \S.*$/m, `no YAML comment in:\n${text}`);
    const parsed = parseDocument(text);
    assert.deepStrictEqual(parsed.errors.map((e) => e.message), [], 'the file no longer parses');
    const sys = (parsed.toJS() as { messages: { role: string; content: string }[] }).messages[0].content;
    assert.ok(!sys.includes('wa-policy-disable'), `the comment went into the prompt text itself: ${sys}`);
    await waitForDiagnostics(uri, withoutCode('prompt/open-domain-grant'), 'the grant to be silenced');
    await revert(ed);
  });

  test('"Disable <rule> for this file" is offered and silences the rule in the whole file', async () => {
    const ed = await open('prompts/concierge.system.md');
    const uri = ed.document.uri;
    const ds = await waitForDiagnostics(uri, withCode('prompt/no-human-escalation'), 'prompt/no-human-escalation');
    const d = ds.find((x) => codeOf(x) === 'prompt/no-human-escalation')!;
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Disable prompt/no-human-escalation for this file'));
    assert.ok(fix, `no "Disable prompt/no-human-escalation for this file" among ${titles(actions)}`);
    await apply(fix);
    assert.match(ed.document.getText(), /wa-policy-disable(-file)? prompt\/no-human-escalation -- \S/, 'no file-level suppression inserted');
    await waitForDiagnostics(uri, withoutCode('prompt/no-human-escalation'), 'the warning to be silenced');
    assert.ok(ours(uri).some((x) => codeOf(x) === 'prompt/open-domain-grant'), 'other rules must still report');
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
