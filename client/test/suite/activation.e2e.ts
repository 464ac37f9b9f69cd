import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, extension, waitForActivation } from './helpers';

suite('activation (folder with bot files)', () => {
  test('the extension is installed in this host', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} missing`);
  });

  test('activates through workspaceContains, with no file opened', async () => {
    assert.strictEqual(vscode.window.visibleTextEditors.length, 0, 'the suite must start with no editor open');
    await waitForActivation(30_000);
    assert.ok(extension().isActive);
  });

  test('declares file-pattern activation events and not "*"', () => {
    const events: string[] = extension().packageJSON.activationEvents || [];
    assert.ok(!events.includes('*'), `activationEvents contains "*": ${JSON.stringify(events)}`);
    const ws = events.filter((e) => e.startsWith('workspaceContains:'));
    for (const want of ['**/*.system.md', '**/*.prompt.yml', '**/data/flows.yml', '**/.wa-policy.yaml']) {
      assert.ok(
        ws.some((e) => e === `workspaceContains:${want}`),
        `no workspaceContains:${want} in ${JSON.stringify(events)}`,
      );
    }
  });
});
