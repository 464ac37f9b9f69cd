// Scenario `main`: the commands and the walkthrough contributed for issue 14, in English.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { expectCommandsAndWalkthrough, extension, openReport, waitForActivation } from './helpers';

suite('commands and walkthrough', () => {
  suiteSetup(() => waitForActivation());

  test('the Getting Started walkthrough is contributed and opens; the three commands are registered', async () => {
    const walkthroughs = extension().packageJSON.contributes.walkthroughs as { id: string; steps: unknown[] }[];
    assert.strictEqual(walkthroughs[0].id, 'waPolicyLint.gettingStarted');
    assert.ok(walkthroughs[0].steps.length >= 4);
    await expectCommandsAndWalkthrough();
  });

  test('Open compliance report: the CLI report (Mermaid flows, findings linked to file:line) in the Markdown preview', async () => {
    const md = await openReport();
    assert.ok(md.startsWith('# WhatsApp AI policy compliance report'), md.slice(0, 200));
    assert.match(md, /```mermaid\nflowchart /);
    assert.match(md, /\[prompts\/[\w.-]+:\d+\]\(file:\/\/\/.+#L\d+\)/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
