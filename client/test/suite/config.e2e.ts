import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAll,
  codeOf,
  deleteFile,
  open,
  waitForActivation,
  waitForDiagnostics,
  withCode,
  withoutCode,
  writeFile,
} from './helpers';

/**
 * Leaves no config behind, even when its document is still held open by the extension host after
 * its editor closed: the file is first rewritten with no settings (the buffer follows the disk).
 */
async function neutralise(): Promise<void> {
  await writeFile('.wa-policy.yaml', '# no settings\n');
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/.wa-policy.yaml'));
  for (let i = 0; doc && !doc.getText().startsWith('# no settings') && i < 40; i++)
    await new Promise((r) => setTimeout(r, 250));
  await closeAll();
  await deleteFile('.wa-policy.yaml');
}

suite('.wa-policy.yaml', () => {
  suiteSetup(() => waitForActivation());
  suiteTeardown(() => neutralise());

  test('a rule set to off loses its findings; the others stay', async () => {
    const ed = await open('prompts/concierge.system.md');
    const uri = ed.document.uri;
    await waitForDiagnostics(
      uri,
      (ds) =>
        ds.some((d) => codeOf(d) === 'prompt/no-human-escalation') &&
        ds.some((d) => codeOf(d) === 'prompt/open-domain-grant'),
      'both findings',
    );
    await writeFile('.wa-policy.yaml', 'rules:\n  prompt/no-human-escalation: off\n');
    await waitForDiagnostics(
      uri,
      withoutCode('prompt/no-human-escalation'),
      'prompt/no-human-escalation to clear after the config change',
    );
    await waitForDiagnostics(uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant to stay');
  });

  test('a level override changes the severity', async () => {
    const uri = (await open('prompts/concierge.system.md')).document.uri;
    await writeFile('.wa-policy.yaml', 'rules:\n  prompt/no-human-escalation: error\n');
    const ds = await waitForDiagnostics(
      uri,
      (x) =>
        x.some((d) => codeOf(d) === 'prompt/no-human-escalation' && d.severity === vscode.DiagnosticSeverity.Error),
      'prompt/no-human-escalation as an error',
    );
    assert.ok(ds.length >= 2);
  });

  test('deleting the config restores the defaults', async () => {
    const uri = (await open('prompts/concierge.system.md')).document.uri;
    await deleteFile('.wa-policy.yaml');
    await waitForDiagnostics(
      uri,
      (x) =>
        x.some((d) => codeOf(d) === 'prompt/no-human-escalation' && d.severity === vscode.DiagnosticSeverity.Warning),
      'prompt/no-human-escalation back as a warning',
    );
  });

  test('an invalid value is reported in the config file itself and the valid settings still apply', async () => {
    const uri = (await open('prompts/concierge.system.md')).document.uri;
    await writeFile('.wa-policy.yaml', 'rules:\n  prompt/no-human-escalation: loud\n  prompt/open-domain-grant: off\n');
    try {
      const cfg = await open('.wa-policy.yaml');
      const ds = await waitForDiagnostics(
        cfg.document.uri,
        withCode('config/invalid'),
        'config/invalid in .wa-policy.yaml',
      );
      const d = ds.find((x) => codeOf(x) === 'config/invalid')!;
      assert.strictEqual(
        d.range.start.line,
        1,
        `config/invalid should point at the bad line: line ${d.range.start.line}`,
      );
      await waitForDiagnostics(uri, withoutCode('prompt/open-domain-grant'), 'the valid "off" to apply');
      await waitForDiagnostics(
        uri,
        (x) =>
          x.some((g) => codeOf(g) === 'prompt/no-human-escalation' && g.severity === vscode.DiagnosticSeverity.Warning),
        'the invalid level to be ignored (default warning)',
      );
    } finally {
      await neutralise();
    }
  });

  test('deleting a .wa-policy.yaml that was opened in an editor restores the defaults', async () => {
    const uri = (await open('prompts/concierge.system.md')).document.uri;
    await writeFile('.wa-policy.yaml', 'rules:\n  prompt/open-domain-grant: off\n');
    try {
      await open('.wa-policy.yaml');
      await waitForDiagnostics(uri, withoutCode('prompt/open-domain-grant'), 'the rule off');
      await closeAll();
      await deleteFile('.wa-policy.yaml');
      await waitForDiagnostics(uri, withCode('prompt/open-domain-grant'), 'the rule back after deleting the config');
    } finally {
      await neutralise();
    }
  });
});
