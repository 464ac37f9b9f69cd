import * as assert from 'assert';
import * as vscode from 'vscode';
import { extension, file, ours, sleep, writeFile } from './helpers';

suite('activation (folder without bot files)', () => {
  test('the extension is installed but does not activate', async () => {
    const ext = extension();
    // workspaceContains is evaluated at startup; give it ample time to (wrongly) fire.
    await sleep(5000);
    assert.strictEqual(ext.isActive, false, 'activated on a folder that has no bot files');
  });

  test('opening ordinary Markdown and YAML files does not activate it either', async () => {
    for (const rel of ['README.md', 'notes.md', 'config/app.yaml']) {
      const doc = await vscode.workspace.openTextDocument(file(rel));
      await vscode.window.showTextDocument(doc, { preview: false });
    }
    await sleep(4000);
    assert.strictEqual(extension().isActive, false, 'activated after opening plain Markdown/YAML');
    for (const rel of ['README.md', 'notes.md', 'config/app.yaml']) assert.deepStrictEqual(ours(file(rel)), []);
  });

  // last: once activated, the extension stays active
  test('a package.json in the folder does not activate it', async () => {
    await writeFile(
      'package.json',
      JSON.stringify({ name: 'inventory-service', version: '1.0.0', private: true }, null, 2),
    );
    const doc = await vscode.workspace.openTextDocument(file('package.json'));
    await vscode.window.showTextDocument(doc, { preview: false });
    await sleep(4000);
    assert.strictEqual(extension().isActive, false, 'activated after opening package.json');
  });
});
