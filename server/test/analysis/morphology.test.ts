/** Morphology rules of the lexicon data (morphology.ts): negated verb forms recognised by their suffixes. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { lexicons } from '../../src/analysis/lexicon';
import { isNegatedVerb } from '../../src/analysis/morphology';
import { normalizeEntry } from '../../src/analysis/normalize';

const lastWord = (s: string): string => normalizeEntry(s).split(/\s+/).pop() ?? '';

for (const lex of lexicons.filter((l) => l.morphology?.negatedVerb)) {
  test(`morphology ${lex.lang}: the negated-verb rule takes its examples and leaves its counter-examples`, () => {
    const m = lex.morphology!;
    for (const w of m.examples) assert.ok(isNegatedVerb(lex.lang, lastWord(w)), `${lex.lang}: ${w} not recognised`);
    for (const w of m.counterExamples ?? [])
      assert.ok(!isNegatedVerb(lex.lang, lastWord(w)), `${lex.lang}: ${w} taken for a negated verb`);
  });
}

test('Turkish: a grant negated by an inflected verb no word list holds (ability negation) is neutralised', () => {
  const base = 'Sen bir banka asistanısın. Kullanıcının her türlü sorusuna yanıt ';
  const open = analyzePrompt(`${base}verirsin.`);
  assert.ok(open.signals.some((s) => s.kind === 'grant' && /her türlü/.test(s.text)));
  for (const verb of ['veremezsin', 'vermeyeceksin', 'vermemelisin', 'veremiyorsun']) {
    const a = analyzePrompt(`${base}${verb}.`);
    assert.ok(!a.signals.some((s) => s.kind === 'grant'), `${verb}: ${a.signals.map((s) => s.kind).join(',')}`);
    assert.ok(
      a.signals.some((s) => s.kind === 'neutralised' && /her türlü/.test(s.text)),
      verb,
    );
  }
});

test('morphology: a rule applies in the prompt’s own languages only, and a very long token is not tested', () => {
  // "olmaz" would be a negated verb in Turkish; in an English prompt it is just a word.
  assert.ok(isNegatedVerb('tr', 'olmaz'));
  assert.ok(!isNegatedVerb('en', 'olmaz'));
  assert.ok(!isNegatedVerb('tr', `${'a'.repeat(200)}maz`));
});
