import * as assert from 'assert';
import * as vscode from 'vscode';
import { clause } from './clauses';
import { codeOf, hoverAt, open, waitForActivation, waitForDiagnostics, withCode } from './helpers';

suite('hover', () => {
  suiteSetup(() => waitForActivation());

  test('over an open-domain grant: rule, clause id, title, section, effective date, quote and source', async () => {
    const ed = await open('prompts/concierge.system.md');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/open-domain-grant'),
      'prompt/open-domain-grant',
    );
    const d = ds.find((x) => codeOf(x) === 'prompt/open-domain-grant')!;
    const pos = d.range.start.translate(0, 1);
    const text = await hoverAt(ed.document.uri, pos);
    const c = clause('WA-AI-PROVIDERS');
    const want: [string, string][] = [
      ['rule id', 'prompt/open-domain-grant'],
      ['clause id', c.id],
      ['clause title', c.title],
      ['section', c.section!],
      ['effective date', c.effective!],
      ['quote', 'strictly prohibited'],
      ['source link', c.source],
    ];
    const missing = want.filter(([, s]) => !text.includes(s));
    assert.deepStrictEqual(
      missing.map(([what, s]) => `${what}: ${s}`),
      [],
      `hover text was:\n${text}`,
    );
  });

  test('over a missing-escalation finding: the escalation clause and its source', async () => {
    const ed = await open('prompts/orders.system.md');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/no-human-escalation'),
      'prompt/no-human-escalation',
    );
    const d = ds.find((x) => codeOf(x) === 'prompt/no-human-escalation')!;
    const text = await hoverAt(ed.document.uri, d.range.start.translate(0, d.range.isEmpty ? 0 : 1));
    const c = clause('WA-HUMAN-ESCALATION');
    assert.ok(text.includes(c.id), `no ${c.id} in hover:\n${text}`);
    assert.ok(text.includes(c.source), `no ${c.source} in hover:\n${text}`);
  });

  test('no policy hover away from findings', async () => {
    const ed = await open('prompts/bookings.system.md');
    await new Promise((r) => setTimeout(r, 1000));
    const text = await hoverAt(ed.document.uri, new vscode.Position(2, 4));
    assert.ok(!/WA-[A-Z-]+/.test(text), `unexpected policy hover on a compliant file:\n${text}`);
  });
});
