// Scenario `main`: the commands and the walkthrough contributed for issue 14, in English.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { extension, waitForActivation } from './helpers';

function markdownPreviewOpen(): boolean {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
}

suite('commands and walkthrough', () => {
  suiteSetup(() => waitForActivation());

  test('the Getting Started walkthrough is contributed and opens; the three commands are registered', async () => {
    const walkthroughs = extension().packageJSON.contributes.walkthroughs as { id: string; steps: unknown[] }[];
    assert.strictEqual(walkthroughs[0].id, 'waPolicyLint.gettingStarted');
    assert.ok(walkthroughs[0].steps.length >= 4);
    const all = await vscode.commands.getCommands(true);
    for (const c of ['waPolicyLint.openReport', 'waPolicyLint.explainFinding', 'waPolicyLint.openClauseSource'])
      assert.ok(all.includes(c), `${c} not registered`);
    await vscode.commands.executeCommand(
      'workbench.action.openWalkthrough',
      `${extension().id}#waPolicyLint.gettingStarted`,
      false,
    );
  });

  test('Open compliance report: the CLI report (Mermaid flows, findings linked to file:line) in the Markdown preview', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('waPolicyLint.openReport');
    assert.ok(uri, 'the command returned no report');
    const md = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    assert.ok(md.startsWith('# WhatsApp AI policy compliance report'), md.slice(0, 200));
    assert.match(md, /```mermaid\nflowchart /);
    assert.match(md, /\[prompts\/[\w.-]+:\d+\]\(file:\/\/\/.+#L\d+\)/);
    const until = Date.now() + 15_000;
    while (!markdownPreviewOpen() && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    assert.ok(markdownPreviewOpen(), 'no Markdown preview tab opened');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
