import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGS } from '../../src/l10n';
import { localizeNote } from '../../src/l10n/notes';
import { fixtureFindings } from './fixtureFindings';
import { LOCALES } from './keys';

const pt = CATALOGS['pt-br'];

test('a signal line is localised by its label and fixed value; quoted phrases and names stay as written', () => {
  assert.equal(
    localizeNote('human escalation: none', pt),
    `${pt['signal.human-escalation']}: ${pt['signal.value.none']}`,
  );
  assert.equal(
    localizeNote("grant: line 3 'answer anything you like' (unrelated task domains)", pt),
    `${pt['signal.grant']}: ${pt['signal.value.line'].replace('{line}', '3').replace('{quote}', "'answer anything you like' (unrelated task domains)")}`,
  );
  assert.equal(
    localizeNote('path: WhatsApp Trigger → AI Agent', pt),
    `${pt['signal.path']}: WhatsApp Trigger → AI Agent`,
  );
  assert.equal(
    localizeNote('prompts with a human contact: none of 2', pt),
    `${pt['signal.prompts-with-a-human-contact']}: ${pt['signal.value.noneOf'].replace('{count}', '2')}`,
  );
  assert.match(
    localizeNote('language: unknown (no lexicon for it: judged on explicit signals only)', pt),
    /^idioma: desconhecido \(/,
  );
  // what the catalog does not know stays English, whole
  assert.equal(localizeNote('general training phrases → LLM', pt), 'general training phrases → LLM');
  assert.equal(localizeNote('colour: blue', pt), 'colour: blue');
});

test("every labelled signal line and related note of the fixtures' findings has its label in every catalog", () => {
  const notes = fixtureFindings('en').flatMap((f) => [...f.signals, ...f.related.map((r) => r.message)]);
  const labels = new Set(notes.map((n) => /^([A-Za-z][A-Za-z -]*?): /.exec(n)?.[1]).filter((l) => l !== undefined));
  assert.ok(labels.size >= 8, [...labels].join(', '));
  // configuration keys quoted as they are written in .wa-policy.yaml are not words to translate
  const missing = [...labels].filter(
    (l) => !/^[a-z]+[A-Z]\w*$/.test(l) && CATALOGS.en[`signal.${l.replace(/ /g, '-')}`] === undefined,
  );
  assert.deepEqual(missing, [], 'labels without a signal.<label> key');
  for (const l of LOCALES) {
    const changed = notes.filter((n) => localizeNote(n, CATALOGS[l]) !== n && !/^[a-z]+[A-Z]/.test(n));
    assert.ok(changed.length > notes.length / 2, `${l}: only ${changed.length} of ${notes.length} notes localised`);
  }
});

test('pt-br findings carry Portuguese signal lines and related notes', () => {
  const findings = fixtureFindings('pt-br');
  const signals = findings.flatMap((f) => f.signals);
  assert.ok(
    signals.some((s) => s.startsWith(`${pt['signal.path']}: `)),
    signals.slice(0, 10).join('\n'),
  );
  assert.ok(!signals.some((s) => /^(human escalation|scope statement|path): /.test(s)), 'an English label is left');
  const related = findings.flatMap((f) => f.related.map((r) => r.message));
  assert.ok(related.length && related.every((m) => !/^(path|same cause|LLM node): /.test(m)), related.join('\n'));
});
