import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGS, format } from '../../src/l10n';
import { REPO, runCli } from '../cli/helpers';
import { LOCALES } from './keys';

/** The report texts of a locale: every `report.*` entry, with `{file}` filled as the report fills it. */
function reportTexts(locale: string): Set<string> {
  const c = CATALOGS[locale];
  return new Set(
    Object.entries(c)
      .filter(([k]) => k.startsWith('report.'))
      .map(([, v]) => format(v, { file: '.wa-policy.yaml' })),
  );
}

/** Headings (other than a bot's path, all under test-fixtures/), table header cells and the names of the marked flow paths. */
function structure(md: string): string[] {
  const lines = md.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const h = /^#{1,3} (.+)$/.exec(line);
    if (h && !h[1].startsWith('test-fixtures/')) out.push(h[1]);
    if (lines[i + 1]?.startsWith('| --- ')) out.push(...line.slice(2, -2).split(' | '));
  });
  for (const m of md.matchAll(/```\n\n((?:- .+: .+\n)+)/g))
    for (const p of m[1].trim().split('\n')) out.push(p.slice(2, p.indexOf(': ')));
  return out;
}

test('report headings, table headers and path names come from the catalog of --locale, in every locale', () => {
  const english = structure(runCli(['report', 'test-fixtures'], REPO).stdout);
  assert.ok(english.length > 50, english.join(' | '));
  const en = reportTexts('en');
  assert.deepEqual(
    english.filter((s) => !en.has(s)),
    [],
    'English report texts that are not in the catalog',
  );
  for (const l of LOCALES) {
    const r = runCli(['report', '--locale', l, 'test-fixtures'], REPO);
    assert.equal(r.code, 0, r.stderr);
    const texts = reportTexts(l);
    const got = structure(r.stdout);
    assert.equal(got.length, english.length, `${l}: the report's structure differs from the English one`);
    assert.deepEqual(
      got.filter((s) => !texts.has(s)),
      [],
      `${l}: report texts not from its catalog`,
    );
    // a word may be the same in both languages (LLM, Format, Suppressions), but the report is not left English
    const untranslated = new Set(got.filter((s, i) => s === english[i]));
    assert.ok(untranslated.size < new Set(got).size / 3, `${l}: still English: ${[...untranslated].join(', ')}`);
  }
});

test('report -o report.html in pt-br: the page is marked Portuguese and its path lists are named in Portuguese', () => {
  const r = runCli(['report', '--locale', 'pt-br', '--format', 'html', 'test-fixtures'], REPO);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<!DOCTYPE html>\n<html lang="pt-br">/);
  assert.match(r.stdout, new RegExp(`<title>${CATALOGS['pt-br']['report.title']}</title>`));
  assert.match(r.stdout, new RegExp(`<p>${CATALOGS['pt-br']['report.path.open']}:</p><ol>`));
});
