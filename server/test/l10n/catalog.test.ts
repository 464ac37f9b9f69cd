import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGS, format, placeholders, resolveLocale, localeFromEnv } from '../../src/l10n';
import { englishKey, findingKeys } from '../../src/l10n/finding';
import { RULES } from '../../src/rules';
import { explainFinding } from '../../src/service/hover';
import { fixtureFindings } from './fixtureFindings';
import { CHECKED_APART, RULE_CASES } from './cases';
import { assertSameKeys, LOCALES } from './keys';

test('server catalogs: every locale has every English key with the same placeholders', () => {
  assert.deepEqual(Object.keys(CATALOGS).sort(), ['en', ...LOCALES].sort());
  for (const l of LOCALES) assertSameKeys(`server/src/l10n/locales/${l}.json`, CATALOGS.en, CATALOGS[l], placeholders);
});

test('the catalog check catches a missing key and a renamed placeholder', () => {
  const en = { a: 'Hi {name}', b: 'Bye' };
  assert.throws(() => assertSameKeys('t', en, { a: 'Olá {name}' }, placeholders), /missing keys/);
  assert.throws(() => assertSameKeys('t', en, { a: 'Olá {nome}', b: 'Tchau' }, placeholders), /placeholders of 'a'/);
  assert.doesNotThrow(() => assertSameKeys('t', en, { a: 'Olá {name}', b: 'Tchau' }, placeholders));
});

test('every rule has a summary in the catalog', () => {
  for (const r of RULES) assert.equal(CATALOGS.en[`${r.id}.summary`], r.summary, `${r.id}.summary`);
});

test('locale tags from VS Code and POSIX environments map to the catalogs', () => {
  const cases: [string | undefined, string][] = [
    ['pt-br', 'pt-br'],
    ['pt-BR', 'pt-br'],
    ['pt', 'pt-br'],
    ['zh-cn', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh-TW', 'zh-tw'],
    ['zh-HK', 'zh-tw'],
    ['es-MX', 'es'],
    ['de_AT.UTF-8', 'de'],
    ['fr_FR@euro', 'fr'],
    ['ja', 'en'],
    ['C', 'en'],
    [undefined, 'en'],
    ['', 'en'],
  ];
  for (const [tag, want] of cases) assert.equal(resolveLocale(tag), want, String(tag));
  assert.equal(localeFromEnv({ LC_ALL: '', LANG: 'tr_TR.UTF-8' }), 'tr');
  assert.equal(localeFromEnv({ LC_ALL: 'id_ID.UTF-8', LANG: 'tr_TR.UTF-8' }), 'id');
});

test("fixture findings: the English catalog with the finding's arguments gives the rule's own English", () => {
  const findings = fixtureFindings('en');
  assert.ok(findings.length > 20, `only ${findings.length} fixture findings`);
  for (const f of findings) {
    assert.ok(f.l10n, `${f.rule}: finding without a catalog key ("${f.message}")`);
    const keys = findingKeys(f.rule, f.l10n);
    const render = (k: string[]) =>
      format(CATALOGS.en[englishKey(k) ?? ''] ?? `<no key ${k.join(' | ')}>`, f.l10n!.args);
    assert.equal(render([keys.message]), f.message, `${f.rule}: message`);
    assert.equal(render(keys.why), f.why, `${f.rule}: why`);
    if (f.howToFix) assert.equal(render(keys.howToFix), f.howToFix, `${f.rule}: howToFix`);
    for (const x of f.fixes) {
      assert.ok(x.l10n, `${f.rule}: fix without a catalog key ("${x.title}")`);
      assert.equal(format(CATALOGS.en[x.l10n.key] ?? '', x.l10n.args), x.title, `${f.rule}: fix ${x.l10n.key}`);
    }
  }
});

test('every rule is checked against the catalogs: a fixture or an in-memory case trips it', () => {
  const tripped = new Set([...fixtureFindings('en').map((f) => f.rule), ...Object.keys(RULE_CASES), ...CHECKED_APART]);
  const untested = RULES.map((r) => r.id).filter((id) => !tripped.has(id));
  assert.deepEqual(untested, [], 'add a case to server/test/l10n/cases.ts');
});

test('pt-br findings and hovers: translated texts and headings, quoted prompt phrases kept as written', () => {
  const en = fixtureFindings('en');
  const pt = fixtureFindings('pt-br');
  assert.equal(pt.length, en.length);
  const i = en.findIndex((f) => f.rule === 'prompt/open-domain-grant' && f.l10n?.key === 'grant');
  assert.ok(i >= 0);
  const phrase = String(en[i].l10n!.args!.phrase);
  assert.equal(pt[i].message, format(CATALOGS['pt-br']['prompt/open-domain-grant.grant.message'], en[i].l10n!.args));
  assert.notEqual(pt[i].message, en[i].message);
  assert.ok(pt[i].message.includes(phrase));
  assert.ok(pt[i].fixes.every((x, k) => x.title !== en[i].fixes[k].title));
  const hover = explainFinding(pt[i], 'pt-br');
  assert.ok(hover.includes(`**${CATALOGS['pt-br']['hover.why']}**`));
  assert.ok(hover.includes(CATALOGS['pt-br']['language.en']), 'the clause quote names its language');
  assert.ok(!hover.includes('**Why:**'));
});
