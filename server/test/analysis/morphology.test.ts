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

const KIRTASIYE = "Sen Lale Kırtasiye'nin WhatsApp asistanısın. Sipariş, kargo ve iade sorularını yanıtlarsın. ";
const kinds = (text: string): string =>
  analyzePrompt(text)
    .signals.filter((s) => s.kind !== 'scope')
    .map((s) => `${s.kind}:${s.text}`)
    .join(' | ');

test('Turkish: a bare -ma/-me verb is a prohibition where it closes the sentence, and in each clause of it', () => {
  for (const text of ['Ödev yapma, kod yazma, şiir yazma.', 'Müşteriye borsa tavsiyesi verme!']) {
    const a = analyzePrompt(KIRTASIYE + text);
    assert.equal(a.openDomain, false, `${text} → ${kinds(KIRTASIYE + text)}`);
  }
});

test('Turkish: inside a sentence the same word is the verbal noun, and the offer stands', () => {
  const text = `${KIRTASIYE}Kod yazma, çeviri ve ödev konusunda da yardım et.`;
  const a = analyzePrompt(text);
  assert.equal(a.openDomain, true, kinds(text));
});

const KITAP = '당신은 한빛서점의 WhatsApp 상담 봇입니다. 주문, 배송, 반품 문의를 도와줍니다.\n';

test('Korean: the auxiliaries of -지 않다 / -지 말다 / -지 못하다 negate, whatever their ending', () => {
  const forbidden = `${KITAP}## 하지 말아야 할 일\n- 숙제 대신 써 주기\n- 코드 작성, 번역, 시 창작\n`;
  assert.equal(analyzePrompt(forbidden).openDomain, false, kinds(forbidden));
  const allowed = `${KITAP}## 해도 되는 일\n- 숙제 대신 써 주기\n- 코드 작성, 번역, 시 창작\n`;
  assert.equal(analyzePrompt(allowed).openDomain, true, kinds(allowed));
  assert.ok(isNegatedVerb('ko', '말아야'));
  assert.ok(isNegatedVerb('ko', '못합니다'));
  assert.ok(!isNegatedVerb('ko', '말투'));
});
