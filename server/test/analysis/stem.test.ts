/** Inflected forms match lexicon words by stem (stem.ts), in the prompt's own languages only. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher, type PatternSource } from '../../src/analysis/matcher';
import { normalizeText } from '../../src/analysis/normalize';
import { segment } from '../../src/analysis/segment';
import { stemMask, stemOf } from '../../src/analysis/stem';
import { tokenize } from '../../src/analysis/tokenize';

const SOURCES: PatternSource[] = [
  { category: 'grant', lang: 'tr', source: 'her türlü soru' },
  { category: 'grant', lang: 'id', source: 'jawab semua pertanyaan' },
  { category: 'grant', lang: 'ru', source: 'любой вопрос' },
  { category: 'escalation', lang: 'ru', source: 'лично' },
  { category: 'negation', lang: 'tr', source: 'değil hiçbir' },
];
const matcher = new PhraseMatcher(SOURCES);

function matched(text: string, langs: string[]): string[] {
  const nt = normalizeText(text);
  const tokens = tokenize(nt.text);
  const st = segment(nt.text, tokens, () => true);
  return matcher
    .match(tokens, st.sentence, stemMask(langs))
    .map((m) => `${m.pattern.source}@${tokens[m.from].start}-${tokens[m.to - 1].end}`);
}

test('a phrase matches its inflected forms in the prompt language, with the whole words as range', () => {
  const tr = 'Kullanıcının her türlü sorularına yardım et.';
  assert.deepEqual(matched(tr, ['tr']), [`her türlü soru@${tr.indexOf('her')}-${tr.indexOf(' yardım')}`]);
  assert.equal(matched('Kamu menjawab semua pertanyaan pelanggan.', ['id']).length, 1, 'id');
  assert.equal(matched('Отвечай на любые вопросы.', ['ru']).length, 1, 'ru');
});

test('stems count only in the languages of the prompt', () => {
  assert.deepEqual(matched('Kullanıcının her türlü sorularına yardım et.', ['en']), []);
  assert.deepEqual(matched('Kullanıcının her türlü sorularına yardım et.', ['en', 'id', 'tr']), []);
});

test('one-word entries and function words match as written only', () => {
  assert.deepEqual(matched('Ты личный помощник.', ['ru']), []);
  assert.deepEqual(matched('Kullanıcının her türlü soru yardım et.', ['tr']).length, 1);
  assert.equal(stemOf('tr', 'ko'), undefined);
  assert.equal(stemOf('xx', 'questions'), undefined);
});

test('stemming stays linear: 10,000 distinct inflected words', () => {
  const words = Array.from({ length: 10_000 }, (_, i) => `sorular${i.toString(36).replace(/\d/g, 'a')}ına`);
  const t0 = performance.now();
  matched(words.join(' '), ['tr']);
  assert.ok(performance.now() - t0 < 3000);
});

test('Bengali and Tagalog words match their inflected forms (case endings, verb affixes)', () => {
  assert.ok(stemOf('bn', normalizeText('প্রশ্নের').text));
  assert.equal(stemOf('bn', normalizeText('প্রশ্নের').text), stemOf('bn', normalizeText('প্রশ্ন').text));
  assert.equal(stemOf('bn', normalizeText('প্রশ্নগুলো').text), stemOf('bn', normalizeText('প্রশ্ন').text));
  assert.equal(stemOf('tl', 'sumagot'), 'sagot');
  assert.equal(stemOf('tl', 'sagutin'), 'sagot');
  const bn = new PhraseMatcher([{ category: 'grant', lang: 'bn', source: 'যেকোনো প্রশ্ন' }]);
  const nt = normalizeText('গ্রাহকের যেকোনো প্রশ্নের উত্তর দাও।');
  const tokens = tokenize(nt.text);
  const st = segment(nt.text, tokens, () => true);
  assert.equal(bn.match(tokens, st.sentence, stemMask(['bn'])).length, 1);
  assert.equal(bn.match(tokens, st.sentence, stemMask(['en'])).length, 0, 'stems only in the prompt language');
});
