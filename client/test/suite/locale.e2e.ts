// Scenario `locale`: Code-OSS with the display language pt-br (code-server --locale, a pt-BR browser, and the
// minimal pt-br language pack scripts/e2e/language-pack.js builds and installs first: without a pack Code-OSS
// keeps vscode.env.language at `en`).
// The extension's contributions, its diagnostics and hovers, and the report must be in Portuguese.
import * as assert from 'assert';
import * as vscode from 'vscode';
import pt from '../../../server/src/l10n/locales/pt-br.json';
import ptNls from '../../../package.nls.pt-br.json';
import enNls from '../../../package.nls.json';
import {
  codeOf,
  expectCommandsAndWalkthrough,
  extension,
  hoverAt,
  open,
  openReport,
  waitForActivation,
  waitForDiagnostics,
  withCode,
} from './helpers';

const catalog: Record<string, string> = pt;

/** The text shown for a manifest string (localised ones come as { value, original }). */
const shown = (s: string | { value: string }) => (typeof s === 'string' ? s : s.value);

/** A regular expression for a catalog text with its `{placeholders}` filled in by anything. */
function templateRe(key: string): RegExp {
  const t = catalog[key];
  assert.ok(t, `no ${key} in the pt-br catalog`);
  return new RegExp(`^${t.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace(/\{\w+\}/g, '.+')}`);
}

suite('locale pt-br', () => {
  suiteSetup(() => waitForActivation());

  test('VS Code runs in pt-br and the extension contributes Portuguese commands and a walkthrough', async () => {
    assert.strictEqual(vscode.env.language, 'pt-br');
    const contributes = extension().packageJSON.contributes;
    // Code-OSS hands a localised manifest string to extensions as { value: <locale's text>, original: <English> }.
    const report = contributes.commands.find((c: { command: string }) => c.command === 'waPolicyLint.openReport');
    assert.deepStrictEqual(report.title, { value: ptNls['command.openReport'], original: enNls['command.openReport'] });
    assert.strictEqual(shown(contributes.walkthroughs[0].title), ptNls['walkthrough.title']);
    await expectCommandsAndWalkthrough();
  });

  test("a Portuguese diagnostic and hover; the prompt's phrase and the clause quote stay as written", async () => {
    const ed = await open('prompts/concierge.system.md');
    const ds = await waitForDiagnostics(
      ed.document.uri,
      withCode('prompt/open-domain-grant'),
      'prompt/open-domain-grant',
    );
    const d = ds.find((x) => codeOf(x) === 'prompt/open-domain-grant')!;
    assert.match(d.message, templateRe('prompt/open-domain-grant.grant.message'));
    const phrase = /\("(.+?)"\)/.exec(d.message)?.[1] ?? '';
    assert.ok(phrase && ed.document.getText().includes(phrase), `quoted phrase '${phrase}' is not from the prompt`);
    const text = await hoverAt(ed.document.uri, d.range.start.translate(0, 1));
    for (const k of ['hover.why', 'hover.toFix'])
      assert.ok(text.includes(catalog[k]), `no '${catalog[k]}' in hover:\n${text}`);
    assert.ok(text.includes('strictly prohibited'), `the clause quote is not in its English original:\n${text}`);
    assert.ok(text.includes(catalog['language.en']), `the hover does not name the quote's language:\n${text}`);
  });

  test('Open compliance report: Portuguese Markdown with links to file:line, shown in the Markdown preview', async () => {
    const md = await openReport();
    assert.ok(md.startsWith(`# ${catalog['report.title']}`), md.slice(0, 200));
    for (const heading of [`### ${catalog['report.findings']}`, `## ${catalog['report.clausesCited']}`])
      assert.ok(md.includes(`\n${heading}\n`), `no '${heading}' in the report:\n${md.slice(0, 1500)}`);
    assert.ok(md.includes(`| ${catalog['report.col.severity']} | ${catalog['report.col.rule']} |`), md.slice(0, 1500));
    assert.match(md, /\[prompts\/concierge\.system\.md:\d+\]\(file:\/\/\/.+#L\d+\)/);
  });
});
