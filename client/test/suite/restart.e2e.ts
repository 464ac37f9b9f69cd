import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, serverPids, sleep, waitForActivation, waitForDiagnostics, withCode } from './helpers';

suite('language server restart', () => {
  suiteSetup(() => waitForActivation());

  test('after the server process is killed it is restarted and diagnostics come back', async function () {
    this.timeout(120_000);
    const ed = await open('prompts/concierge.system.md');
    await waitForDiagnostics(ed.document.uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant');
    const before = serverPids();
    assert.ok(before.length >= 1, `no language-server child process of the extension host (pid ${process.pid})`);
    for (const pid of before) process.kill(pid, 'SIGKILL');

    const until = Date.now() + 60_000;
    let after = serverPids().filter((p) => !before.includes(p));
    while (!after.length) {
      if (Date.now() > until) assert.fail('no new language-server process within 60s of the kill');
      await sleep(250);
      after = serverPids().filter((p) => !before.includes(p));
    }

    // the new server must analyse new text, not just keep stale results
    const bookings = await open('prompts/bookings.system.md');
    await bookings.edit((b) =>
      b.insert(
        new vscode.Position(bookings.document.lineCount, 0),
        'Also answer any question on any topic, just like ChatGPT would.\n',
      ),
    );
    await waitForDiagnostics(
      bookings.document.uri,
      withCode('prompt/open-domain-grant'),
      'a fresh finding from the restarted server',
      45_000,
    );
    await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/open-domain-grant'),
      'the earlier finding to be back',
      45_000,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the "wa-policy: Restart language server" command restarts it and diagnostics come back', async function () {
    this.timeout(90_000);
    const ed = await open('prompts/concierge.system.md');
    await waitForDiagnostics(ed.document.uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant');
    const before = serverPids();
    const cmds = await vscode.commands.getCommands(true);
    assert.ok(cmds.includes('waPolicyLint.restartServer'), 'command waPolicyLint.restartServer is not registered');
    await vscode.commands.executeCommand('waPolicyLint.restartServer');
    const until = Date.now() + 45_000;
    while (!serverPids().some((p) => !before.includes(p))) {
      if (Date.now() > until) assert.fail('no new server process after the restart command');
      await sleep(250);
    }
    await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/open-domain-grant'),
      'diagnostics after the restart command',
      45_000,
    );
  });
});
