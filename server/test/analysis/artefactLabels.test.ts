/** Program labels (`Input:`, `Ausgabe:`, `期待：`) are lexicon data (`labels:`), read by artefactCues.ts. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artefactCues as cuesOfDoc } from '../../src/analysis/artefactCues';
import { lexicons } from '../../src/analysis/lexicon';

/** The cues of a text read as one section. */
const artefactCues = (text: string) => cuesOfDoc({ text, sections: [{ text }], sectionStart: [0] });

test('every label word of every lexicon marks an input/output contract or an expected outcome', () => {
  let n = 0;
  for (const lex of lexicons) {
    const { input = [], output = [], expected = [] } = lex.labels ?? {};
    for (const i of input)
      for (const o of output) {
        n++;
        const cues = artefactCues(`${i}: the ticket text\n**${o}:** a JSON summary\n`).cues;
        assert.ok(cues.includes('an input and output contract'), `${lex.lang}: ${i} / ${o}`);
      }
    for (const e of expected) {
      n++;
      assert.ok(artefactCues(`- ${e}: PASS\n- ${e}: FAIL\n`).cues.includes('the expected outcomes of test cases'), e);
    }
  }
  assert.ok(n >= 60, `${n} label pairs`);
});

test('labels come from the lexicons: an input word alone, or a label word inside a sentence, is no contract', () => {
  assert.deepEqual(artefactCues('Eingabe: der Text des Kunden\n').cues, []);
  assert.deepEqual(artefactCues('Tell the customer the output of the machine: 3 kg.\nThe input is fine.').cues, []);
  assert.equal(artefactCues('出力：CSV\n').outputFormat, true);
  assert.equal(artefactCues('Ausgabe als Markdown.').outputFormat, true);
});

test('at least the core nine languages and the six have input and output labels', () => {
  for (const lang of ['en', 'es', 'pt', 'id', 'zh', 'ar', 'de', 'hi', 'fr', 'tr', 'it', 'ru', 'vi', 'ja', 'th']) {
    const l = lexicons.find((x) => x.lang === lang)?.labels;
    assert.ok(l?.input?.length && l.output?.length, lang);
  }
});
