import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, deleteFile, open, waitForActivation, waitForDiagnostics, withCode, withoutCode, writeFile } from './helpers';

suite('.wa-policy.yaml', () => {
  suiteSetup(() => waitForActivation());
  suiteTeardown(() => deleteFile('.wa-policy.yaml'));

  test('a rule set to off loses its findings; the others stay', async () => {
    const ed = await open('prompts/concierge.system.md');
    const uri = ed.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'prompt/no-human-escalation') && ds.some((d) => codeOf(d) === 'prompt/open-domain-grant'), 'both findings');
    await writeFile('.wa-policy.yaml', 'rules:\n  prompt/no-human-escalation: off\n');
    await waitForDiagnostics(uri, withoutCode('prompt/no-human-escalation'), 'prompt/no-human-escalation to clear after the config change');
    await waitForDiagnostics(uri, withCode('prompt/open-domain-grant'), 'prompt/open-domain-grant to stay');
  });

  test('a level override changes the severity', async () => {
    const uri = (await open('prompts/concierge.system.md')).document.uri;
    await writeFile('.wa-policy.yaml', 'rules:\n  prompt/no-human-escalation: error\n');
    const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'prompt/no-human-escalation' && d.severity === vscode.DiagnosticSeverity.Error), 'prompt/no-human-escalation as an error');
    assert.ok(ds.length >= 2);
  });

  test('deleting the config restores the defaults', async () => {
    const uri = (await open('prompts/concierge.system.md')).document.uri;
    await deleteFile('.wa-policy.yaml');
    await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'prompt/no-human-escalation' && d.severity === vscode.DiagnosticSeverity.Warning), 'prompt/no-human-escalation back as a warning');
  });
});
