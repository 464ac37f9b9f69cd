import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../helpers/fsHost';
import { assertSameKeys, LOCALES } from './keys';

/** `{name}` in package.nls, `{0}` in the runtime bundles: the holes a translation must keep. */
const holes = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(REPO, p), 'utf8')) as Record<string, string>;

test('package.nls: every %key% of package.json is defined, and every locale has every key with the same placeholders', () => {
  const en = readJson('package.nls.json');
  const used = [...fs.readFileSync(path.join(REPO, 'package.json'), 'utf8').matchAll(/"%([\w.-]+)%"/g)].map(
    (m) => m[1],
  );
  assert.ok(used.length >= 10);
  assert.deepEqual(
    used.filter((k) => !(k in en)),
    [],
    'package.json keys missing from package.nls.json',
  );
  assert.deepEqual(
    Object.keys(en).filter((k) => !used.includes(k)),
    [],
    'unused keys in package.nls.json',
  );
  for (const l of LOCALES) assertSameKeys(`package.nls.${l}.json`, en, readJson(`package.nls.${l}.json`), holes);
});

/** The English strings passed to vscode.l10n.t in client/src (the runtime bundles' keys). */
function clientStrings(): Record<string, string> {
  const dir = path.join(REPO, 'client', 'src');
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.doesNotMatch(
      text,
      /l10n\.t\(\s*[`"]/,
      `${f}: pass l10n.t a single-quoted literal so the bundles can be checked`,
    );
    for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out[m[1].replace(/\\'/g, "'")] = m[1];
  }
  return out;
}

test('l10n bundles: every runtime string of the client is translated in every locale, placeholders kept', () => {
  const en = clientStrings();
  assert.ok(Object.keys(en).length >= 5);
  for (const l of LOCALES)
    assertSameKeys(`l10n/bundle.l10n.${l}.json`, en, readJson(`l10n/bundle.l10n.${l}.json`), holes);
});
