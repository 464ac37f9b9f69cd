import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  codeActions,
  codeOf,
  deleteFile,
  extension,
  hoverText,
  open,
  waitForActivation,
  waitForDiagnostics,
  withCode,
  withoutCode,
  writeFile,
} from './helpers';

// README ("Workspace trust"): the rules are data and nothing from the workspace is executed, so the
// extension runs fully in Restricted Mode (`untrustedWorkspaces: supported`).
suite('Restricted Mode (untrusted folder)', () => {
  test('the folder is untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the runner must open this folder without trust');
  });

  test('the extension declares full untrusted-workspace support and activates', async () => {
    const cap = extension().packageJSON.capabilities?.untrustedWorkspaces;
    assert.deepStrictEqual(cap, { supported: true });
    await waitForActivation(30_000);
  });

  test('diagnostics appear for a prompt file', async () => {
    const ed = await open('prompts/concierge.system.md');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/open-domain-grant'),
      'prompt/open-domain-grant in Restricted Mode',
    );
    assert.ok(ds.some((d) => codeOf(d) === 'prompt/no-human-escalation'));
  });

  test('hover and quick fixes work', async () => {
    const ed = await open('prompts/orders.system.md');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/no-human-escalation'),
      'prompt/no-human-escalation',
    );
    const d = ds.find((x) => codeOf(x) === 'prompt/no-human-escalation')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      ed.document.uri,
      d.range.start.translate(0, 1),
    );
    assert.match(hoverText(hovers || []), /WA-HUMAN-ESCALATION/);
    // Fixes are offered for the findings of the version just published for the open document; the scan's
    // findings may show first, so ask again for a moment (the lightbulb does the same on the next change).
    let actions: vscode.CodeAction[] = [];
    for (let i = 0; i < 20 && !actions.length; i++) {
      actions = await codeActions(ed.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      if (!actions.length) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(
      actions.some((a) => /^Add a human-escalation instruction/.test(a.title)),
      JSON.stringify(actions.map((a) => a.title)),
    );
  });

  test('.wa-policy.yaml is honoured', async () => {
    const uri = (await open('prompts/concierge.system.md')).document.uri;
    await writeFile('.wa-policy.yaml', 'rules:\n  prompt/open-domain-grant: off\n');
    try {
      await waitForDiagnostics(
        uri,
        withoutCode('prompt/open-domain-grant'),
        'prompt/open-domain-grant off via .wa-policy.yaml',
      );
    } finally {
      await deleteFile('.wa-policy.yaml');
    }
    await waitForDiagnostics(uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant back');
  });
});
