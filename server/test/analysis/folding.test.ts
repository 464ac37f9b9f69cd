/** Normalisation keeps the letters that tell words apart (normalize.ts): minimal pairs per language. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeEntry, normalizeText, toOriginal } from '../../src/analysis/normalize';

const same = (a: string, b: string): boolean => normalizeEntry(a) === normalizeEntry(b);

test('Vietnamese: tones and vowel marks that distinguish words are kept', () => {
  // right / don't, only / what, new / every, the (plural) / but, counter / return, give / don't.
  const pairs = [
    ['đúng', 'đừng'],
    ['chỉ', 'chi'],
    ['mới', 'mọi'],
    ['những', 'nhưng'],
    ['quầy', 'quay'],
    ['chớ', 'cho'],
    ['bảo', 'bạo'],
  ];
  for (const [a, b] of pairs) assert.ok(!same(a, b), `${a} and ${b} fold together`);
});

test('Vietnamese: decomposed input (letter + combining marks) folds like the precomposed letter, offsets exact', () => {
  const decomposed = 'Xin đu\u031b\u0300ng gọi';
  assert.equal(normalizeEntry(decomposed), normalizeEntry('Xin đừng gọi'));
  const nt = normalizeText(decomposed);
  const at = nt.text.indexOf('đừng');
  const span = toOriginal(nt, at, at + 'đừng'.length);
  assert.equal(decomposed.slice(span.start, span.end), 'đu\u031b\u0300ng');
});

test('Latin accents shared by many languages still fold; scripts whose marks are letters keep them', () => {
  for (const [a, b] of [
    ['café', 'cafe'],
    ['señor', 'senor'],
    ['Straße', 'straße'],
    ['ȘTIRI', 'ştiri'], // Romanian comma-below and cedilla ș/ş are one letter
    ['țară', 'ţara'],
    ['İade', 'iade'],
  ])
    assert.ok(same(a, b), `${a} and ${b} should fold together`);
  assert.ok(!same('मत', 'मात'), 'Devanagari vowel signs are kept');
  assert.ok(!same('कम', 'काम'));
  assert.ok(!same('не', 'но'), 'Cyrillic letters are not folded');
});
