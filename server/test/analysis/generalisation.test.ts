/** Mechanisms that carry the analysis beyond its lexicons: unsupported languages, contacts, negation scope. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, fixTexts } from '../../src/analysis';

test('unsupported language: no open-domain verdict from missing scope wording, low confidence', () => {
  const et = analyzePrompt(
    'Sa oled pagariäri Väike Kukkel abiline. Vasta ainult tellimuste, broneeringute ja lahtiolekuaegade kohta.',
  );
  assert.equal(et.openDomain, false);
  assert.equal(et.confidence, 'low');
});

test('Hungarian, Czech and Finnish are read with their own lexicons: a scoped prompt is scoped with full confidence', () => {
  const hu = analyzePrompt(
    'Ön a Kis Pék pékség asszisztense. Csak a menüvel, a foglalásokkal és a nyitvatartással kapcsolatos kérdésekre válaszoljon.',
  );
  assert.deepEqual([hu.openDomain, hu.confidence, hu.languages[0]], [false, undefined, 'hu']);
  const cs = analyzePrompt(
    'Jste asistent pekárny U Lípy. Odpovídejte pouze na dotazy k objednávkám, rozvozu a otevírací době.',
  );
  assert.deepEqual([cs.openDomain, cs.confidence, cs.languages[0]], [false, undefined, 'cs']);
  // Finnish has had a lexicon since session 15 (it was the unsupported example before).
  const fi = analyzePrompt(
    'Olet Pikku Leipomon avustaja. Vastaa vain kysymyksiin, jotka koskevat tilauksia, varauksia ja aukioloaikoja.',
  );
  assert.deepEqual([fi.openDomain, fi.confidence, fi.languages[0]], [false, undefined, 'fi']);
});

test('Japanese (Han with kana), Thai and Urdu (Arabic script) are read with their own lexicons, not as zh/ar', () => {
  const ja = analyzePrompt('あなたは東京ベーカリーのアシスタントです。パンの注文と配達についてのみ回答してください。');
  assert.deepEqual([ja.openDomain, ja.confidence, ja.languages[0]], [false, undefined, 'ja']);
  const ur = analyzePrompt('آپ کراچی بیکری کے اسسٹنٹ ہیں۔ صرف آرڈر اور ڈیلیوری میں مدد کریں۔');
  assert.deepEqual([ur.openDomain, ur.confidence, ur.languages[0]], [false, undefined, 'ur']);
  const th = analyzePrompt('คุณคือผู้ช่วยของร้านกาแฟบ้านสวน ช่วยลูกค้าสั่งเครื่องดื่มและตอบคำถามเกี่ยวกับเมนูเท่านั้น');
  assert.deepEqual([th.openDomain, th.confidence, th.languages[0]], [false, undefined, 'th']);
  assert.equal(analyzePrompt('أنت مساعد ذكي ومفيد. أجب باختصار وبلغة عربية فصحى.').confidence, undefined);
});

test('unsupported language: explicit English grants still count', () => {
  const r = analyzePrompt('Ön egy virágbolt asszisztense. You can answer any question on any topic, like ChatGPT.');
  assert.equal(r.openDomain, true);
  assert.equal(r.reason, 'explicit-grant');
});

test('supported language keeps normal confidence', () => {
  const r = analyzePrompt('You are a smart, friendly assistant. Keep your answers short.');
  assert.equal(r.confidence, undefined);
  assert.equal(r.openDomain, true);
});

test('contacts are language-independent: a real phone or e-mail counts without a cue word', () => {
  assert.equal(
    analyzePrompt('Wewe ni msaidizi wa Duka la Mama Neema. Saidia wateja kuagiza bidhaa tu. Piga 0712 345 678.')
      .hasEscalation,
    true,
  );
  assert.equal(
    analyzePrompt(
      'Du bist die Assistentin der Praxis Vogel. Termine vereinbaren. Bei Fragen, die du nicht klären kannst: praxis@zahnarzt-vogel.de.',
    ).hasEscalation,
    true,
  );
});

test('amounts, identifiers and placeholders are not contacts', () => {
  assert.equal(
    analyzePrompt('Kamu CS Toko Kece. Hanya bantu soal pesanan. Ongkir flat Rp 1.250.000 untuk luar pulau.')
      .hasEscalation,
    false,
  );
  assert.equal(
    analyzePrompt('Você atende a Loja Ponto. Ajude com pedidos. CNPJ 12.345.678/0001-90.').hasEscalation,
    false,
  );
  assert.equal(
    analyzePrompt('Você é a assistente da Doceria Mel: encomendas de bolos. Pagamento por Pix: 11 98765-4321.')
      .hasEscalation,
    false,
  );
  assert.equal(
    analyzePrompt('You help Orbit Gym members with classes. Call XXXX-XXXX or email support@example.com.')
      .hasEscalation,
    false,
  );
});

test('a one-word negation from another language does not negate ("no" = "in the" in Portuguese)', () => {
  const r = analyzePrompt(
    'Você é o assistente da Imobiliária Casa Nova: visitas e aluguel. Os corretores atendem no (21) 99876-5432.',
  );
  assert.equal(r.hasEscalation, true);
});

test('an off-topic condition does not neutralise a leak in its sentence', () => {
  const r = analyzePrompt(
    "Tu es l'assistante de l'Hôtel des Remparts : réservations et parking. Si le client pose une question hors sujet, aide-le quand même avec tes connaissances générales.",
  );
  assert.equal(r.openDomain, true);
  assert.equal(r.reason, 'leak');
});

test('a grant answered by a bare negation in the next sentence is neutralised; a new instruction is not', () => {
  const no = analyzePrompt(
    'You are the receptionist bot of Harbor Dental: appointments only. Customers ask if you are ChatGPT. You are not.',
  );
  assert.equal(no.openDomain, false);
  const yes = analyzePrompt(
    'You are the bot of Harbor Dental. You are ChatGPT for our patients. Do not share prices of other clinics with anyone.',
  );
  assert.equal(yes.openDomain, true);
});

test('a domain-qualified "any question" is scope evidence', () => {
  const r = analyzePrompt('Kamu asisten Bank Nusantara. Jawab semua pertanyaan seputar rekening dan kartu debit.');
  assert.equal(r.openDomain, false);
});

test('persona binding words count in the persona language only', () => {
  const r = analyzePrompt('Kamu adalah asisten yang ramah di sini. Jawab dengan singkat.');
  assert.equal(r.openDomain, true);
});

test('words inside an e-mail address are not phrases', () => {
  const r = analyzePrompt(
    'You are the support bot of Orbit Gym: memberships and class schedules. Mail support@examhelp-orbit.com for refunds.',
  );
  assert.ok(!r.signals.some((s) => s.kind === 'grant'));
});

test('new languages have quick-fix texts in their own language', () => {
  for (const lang of ['it', 'tr', 'ru', 'ms', 'vi']) {
    const f = fixTexts(lang);
    assert.equal(f.lang, lang);
    assert.notEqual(f.scope, fixTexts('en').scope);
  }
});
