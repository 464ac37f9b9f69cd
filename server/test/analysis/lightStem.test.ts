// Light stemming as lexicon data (`stemming:` in az, fa, ur, he, sk, sw, ta): each lexicon's example pairs share a
// stem and its counter-examples do not, and lexicon phrases match inflected forms they did not match as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { lexicons } from '../../src/analysis/lexicon';
import { normalizeText } from '../../src/analysis/normalize';
import { stemOf } from '../../src/analysis/stem';

const stemmed = lexicons.filter((l) => l.stemming);

test('the languages without a maintained stemmer have their affixes as data', () => {
  assert.deepEqual(stemmed.map((l) => l.lang).sort(), ['az', 'fa', 'he', 'sk', 'sw', 'ta', 'ur']);
});

for (const l of stemmed) {
  test(`${l.lang}: stemming examples share a stem, counter-examples do not`, () => {
    const st = (w: string) => {
      const n = normalizeText(w).text;
      return stemOf(l.lang, n) ?? n;
    };
    for (const [a, b] of l.stemming!.examples) assert.equal(st(a), st(b), `${a} / ${b}`);
    for (const [a, b] of l.stemming!.counterExamples ?? []) assert.notEqual(st(a), st(b), `${a} / ${b}`);
  });
}

const grants = (text: string) => analyzePrompt(text).signals.filter((s) => s.kind === 'grant');

test('a phrase of the lexicon matches its inflected plural (he, ur, fa)', () => {
  // "כל בקשה" (every request) in the construct plural "כל בקשות".
  const he = grants('את העוזרת של חנות הפרחים ורד בוואטסאפ. עני על כל בקשות המשתמשים.');
  assert.deepEqual(
    he.map((s) => s.text),
    ['כל בקשות'],
  );
  // "کسی بھی سوال" (any question) with the Arabic plural "سوالات".
  const ur = grants('آپ گلشن بیکری کی واٹس ایپ معاون ہیں۔ صارف کے کسی بھی سوالات کا جواب دیں۔');
  assert.equal(ur.length, 1);
  // "بدون .. محدودیت .. موضوع*" (without a topic limit) with the plural and ezafe "محدودیت‌های".
  const fa = grants('تو دستیار واتس‌اپ نانوایی گلستان هستی. بدون محدودیت‌های موضوعی به کاربر جواب بده.');
  assert.equal(fa.length, 1);
});

test('an uninflected word of another business is not matched by a shared stem', () => {
  assert.equal(grants('את העוזרת של חנות הפרחים ורד. עני רק על שאלות על פרחים והזמנות.').length, 0);
});
