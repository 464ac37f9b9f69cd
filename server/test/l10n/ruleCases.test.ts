import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { CATALOGS, format } from '../../src/l10n';
import { englishKey, findingKeys, localizeFinding } from '../../src/l10n/finding';
import { toUri } from '../../src/model/uri';
import { createPolicyService, type Finding } from '../../src/service';
import { internalFinding } from '../../src/service/findings';
import { unreadableReport } from '../../src/cli/unreadable';
import { testHost } from '../helpers/fsHost';
import { RULE_CASES } from './cases';

const ROOT = path.resolve('/nonexistent-wa-l10n-cases');

function findingsOf(rule: string, locale: string): Finding[] {
  const dir = path.join(ROOT, rule.replace(/\W+/g, '-'));
  const files = Object.fromEntries(Object.entries(RULE_CASES[rule]).map(([p, t]) => [path.join(dir, p), t]));
  const service = createPolicyService({ host: testHost(files), locale });
  return Object.keys(files).flatMap((p) => service.lint(toUri(p))?.findings.filter((f) => f.rule === rule) ?? []);
}

/** The English catalog renders the finding's own English; another locale's catalog renders its texts. */
function assertCatalogued(en: Finding, other: Finding, locale: string): void {
  assert.ok(en.l10n, `${en.rule}: finding without a catalog key ("${en.message}")`);
  const keys = findingKeys(en.rule, en.l10n);
  const render = (cat: Record<string, string>, k: string[]) =>
    format(cat[englishKey(k) ?? ''] ?? `<no key ${k.join(' | ')}>`, en.l10n!.args);
  assert.equal(render(CATALOGS.en, [keys.message]), en.message, `${en.rule}: message`);
  assert.equal(render(CATALOGS.en, keys.why), en.why, `${en.rule}: why`);
  if (en.howToFix) assert.equal(render(CATALOGS.en, keys.howToFix), en.howToFix, `${en.rule}: howToFix`);
  assert.equal(other.message, render(CATALOGS[locale], [keys.message]), `${en.rule}: ${locale} message`);
  assert.equal(other.why, render(CATALOGS[locale], keys.why), `${en.rule}: ${locale} why`);
  assert.notEqual(other.why, en.why, `${en.rule}: ${locale} why is translated`);
  for (const [i, x] of en.fixes.entries()) {
    assert.ok(x.l10n, `${en.rule}: fix without a catalog key ("${x.title}")`);
    assert.equal(format(CATALOGS.en[x.l10n.key] ?? '', x.l10n.args), x.title, `${en.rule}: fix ${x.l10n.key}`);
    assert.notEqual(other.fixes[i].title, x.title, `${en.rule}: ${locale} fix title is translated`);
  }
}

for (const rule of Object.keys(RULE_CASES)) {
  test(`${rule} (in-memory case): catalog keys render its English, and Hindi its texts`, () => {
    const en = findingsOf(rule, 'en');
    const hi = findingsOf(rule, 'hi');
    assert.ok(en.length, `${rule}: the case gives no finding`);
    assert.equal(hi.length, en.length);
    en.forEach((f, i) => assertCatalogued(f, hi[i], 'hi'));
  });
}

test('internal/error (a crash isolated to one file): catalog keys, Spanish texts, the error text as written', () => {
  const uri = toUri(path.join(ROOT, 'crash.system.md'));
  const en = internalFinding(uri, new Error('boom at step 3'));
  const es = localizeFinding(en, 'es');
  assertCatalogued(en, es, 'es');
  assert.ok(es.message.includes('boom at step 3'));
});

test('input/unreadable from the CLI (a file it could not read): catalog keys and Turkish texts', () => {
  const uri = toUri(path.join(ROOT, 'locked.system.md'));
  const [en] = unreadableReport('locked.system.md', uri, 'EACCES').findings;
  const [tr] = unreadableReport('locked.system.md', uri, 'EACCES', 'tr').findings;
  assertCatalogued(en, tr, 'tr');
  assert.ok(tr.message.startsWith('locked.system.md'));
});
