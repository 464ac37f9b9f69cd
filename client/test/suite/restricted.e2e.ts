import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, extension, open, waitForActivation, waitForDiagnostics, withCode } from './helpers';

// README: the extension declares `untrustedWorkspaces: { supported: true }`: its rules are data,
// nothing from the workspace is executed, so it lints untrusted folders in Restricted Mode too.
suite('Restricted Mode (untrusted folder)', () => {
  test('the folder is untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the runner must open this folder without trust');
  });

  test('the extension declares untrusted-workspace support and activates', async () => {
    const cap = extension().packageJSON.capabilities?.untrustedWorkspaces;
    assert.ok(cap && (cap.supported === true || cap.supported === 'limited'), `capabilities.untrustedWorkspaces is ${JSON.stringify(cap)}`);
    await waitForActivation(30_000);
  });

  test('diagnostics still appear for a prompt file', async () => {
    const ed = await open('prompts/concierge.system.md');
    const ds = await waitForDiagnostics(ed.document.uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant in Restricted Mode');
    assert.ok(ds.some((d) => codeOf(d) === 'prompt/no-human-escalation'));
  });
});
