import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { CATALOGS, format } from '../../src/l10n';
import { englishKey, findingKeys } from '../../src/l10n/finding';
import { toUri } from '../../src/model/uri';
import { createPolicyService, type Finding } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const ROOT = path.resolve('/nonexistent-wa-l10n');

/** In-memory inputs that trip the input rules (none of them is a fixture on disk). */
const INPUTS: Record<string, { file: string; text: string }> = {
  'input/limits': {
    file: 'studio-flow.json',
    text: `{"initial_state":"Trigger","states":[{"name":"Trigger","type":"trigger"}],"x":${'['.repeat(300)}${']'.repeat(300)}}`,
  },
  'input/duplicate-key': {
    file: 'a.prompt.yml',
    text: 'messages:\n  - role: system\n    content: You book tables at Casa Rosa.\nmessages:\n  - role: system\n    content: You book tables at Casa Rosa only.\n',
  },
};

function findingOf(rule: string, locale: string): Finding {
  const { file, text } = INPUTS[rule];
  const abs = path.join(ROOT, rule.replace(/\W+/g, '-'), file);
  const found = createPolicyService({ host: testHost({ [abs]: text }), locale })
    .lint(toUri(abs))
    ?.findings.find((f) => f.rule === rule);
  assert.ok(found, `${rule}: no finding`);
  return found;
}

for (const rule of Object.keys(INPUTS)) {
  test(`${rule}: catalog key renders the rule's English, and German replaces why and howToFix`, () => {
    const en = findingOf(rule, 'en');
    assert.ok(en.l10n, `${rule}: finding without a catalog key`);
    const keys = findingKeys(rule, en.l10n);
    const render = (k: string[]) =>
      format(CATALOGS.en[englishKey(k) ?? ''] ?? `<no key ${k.join(' | ')}>`, en.l10n!.args);
    assert.equal(render([keys.message]), en.message);
    assert.equal(render(keys.why), en.why);
    assert.equal(render(keys.howToFix), en.howToFix);
    const de = findingOf(rule, 'de');
    assert.equal(de.message, en.message, 'the issue text is an argument and stays as written');
    assert.equal(de.why, format(CATALOGS.de[englishKey(keys.why)!], en.l10n.args));
    assert.notEqual(de.why, en.why);
    assert.notEqual(de.howToFix, en.howToFix);
  });
}
