/**
 * Polarity and scope across languages: a negated refusal opens (refusalPolarity.ts), a list refused
 * after it or a section named by a refusal is out of scope (negativeSections.ts), "not only" adds,
 * a qualifier closed by a colon qualifies by its list, and the word classes of the languages filled
 * in round 4 compose grants. Sentences written for these tests, in several languages each.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const open = (text: string): boolean => analyzePrompt(text).openDomain;

const UNREFUSED: [string, string][] = [
  [
    'en',
    'You are the WhatsApp assistant of Harbour Hotel: bookings and room service.\n- If a guest asks about something unrelated, never turn them away.',
  ],
  [
    'pt',
    'Você é a assistente da Ótica Sol: consultas e armações.\n- Se o cliente perguntar algo sem relação com a ótica, nunca recuse.',
  ],
  [
    'he',
    'אתה העוזר של מלון הים: הזמנות ושירות חדרים.\n- אורח ששואל על משהו שלא קשור למלון – אל תחזיר אותו בידיים ריקות.',
  ],
  ['hi', 'आप "शर्मा ज्वैलर्स" के सहायक हैं: ऑर्डर और डिलीवरी।\n- अगर ग्राहक कोई असंबंधित सवाल पूछे तो उसे खाली हाथ मत भेजिए।'],
];

for (const [lang, text] of UNREFUSED) {
  test(`${lang}: an off-topic condition answered by a refusal turned around is a leak`, () => {
    const r = analyzePrompt(text);
    assert.equal(r.openDomain, true, r.reason);
    assert.ok(r.signals.some((s) => s.kind === 'leak'));
  });
}

test('a refusal that is not negated still closes its sentence', () => {
  assert.equal(
    open(
      'You are the WhatsApp assistant of Harbour Hotel: bookings and room service.\n- If a guest asks about something unrelated, politely decline.',
    ),
    false,
  );
  assert.equal(
    open(
      'Você é a assistente da Ótica Sol: consultas e armações.\n- Se o cliente perguntar algo sem relação com a ótica, recuse com educação.',
    ),
    false,
  );
});

test('a list declined by the refusal right after it is out of scope (zh, en)', () => {
  const zh =
    '你是「云朵家居」的 WhatsApp 客服。\n\n下面这些请求：\n- 写诗、写小说\n- 写代码\n- 旅游攻略\n\n这些都请婉拒。\n\n你负责订单、配送和退换货。';
  assert.equal(open(zh), false);
  const en =
    'You are the WhatsApp assistant of Harbour Hotel.\n\nRequests such as:\n- homework\n- poems\n- code\n- travel plans\n\nPolitely decline all of these.\n\nYou handle bookings and room service.';
  assert.equal(open(en), false);
});

test('a list offered before a refusal of everything else stays an offer', () => {
  const en =
    'You are the WhatsApp assistant of Harbour Hotel.\n\nYou can help with:\n- homework\n- recipes\n- code\n- travel plans\n\nPolitely decline anything else.';
  assert.equal(open(en), true);
});

test('a section that a refusal names by its heading is out of scope', () => {
  const id =
    '# Asisten Klinik Gigi Senyum\n\n## Catatan\nBanyak pesan yang masuk berisi:\n- minta dibuatkan PR matematika\n- resep masakan\n- kode program\n\n## Tugas\nKamu menjawab soal jadwal dan biaya perawatan gigi.\n\n## Aturan\nPesan seperti di bagian "Catatan" bukan tugasmu: tolak dengan sopan.';
  assert.equal(open(id), false);
});

test('"not only" adds to the offer instead of negating it (fr, en), a plain negation still negates', () => {
  assert.equal(
    open(
      "Tu es l'assistant WhatsApp de la Boulangerie Martin. On t'écrit pour les commandes, et pas seulement : devoirs, recettes, lettres de motivation.",
    ),
    true,
  );
  assert.equal(
    open(
      'You are the WhatsApp assistant of Harbour Hotel. Not only bookings: homework, recipes, cover letters and code too.',
    ),
    true,
  );
  assert.equal(
    open(
      'You are the WhatsApp assistant of Harbour Hotel for bookings. Do not help with homework, recipes, cover letters or code.',
    ),
    false,
  );
});

test('a qualifier closed by a colon qualifies by the list below it (pl, en)', () => {
  assert.equal(
    open(
      'Jesteś asystentem WhatsApp sklepu rowerowego.\n\nOdpowiadaj na każde pytanie w sprawie:\n- zamówień\n- dostaw\n- zwrotów',
    ),
    false,
  );
});

test('th: a space separates the off-topic condition from its consequence', () => {
  const th = 'คุณคือผู้ช่วย WhatsApp ของร้านดอกไม้บ้านสวน\n- ถ้าลูกค้าถามคำถามที่ไม่เกี่ยวกับร้าน ก็ช่วยตอบได้เลย';
  assert.equal(open(th), true);
});

const CLASS_GRANTS: [string, string][] = [
  ['sw', 'Wewe ni msaidizi wa duka la viatu la Mama Neema. Hakuna kikomo cha mada kwako.'],
  ['uk', 'Ти — асистент магазину «Взуття Плюс» у WhatsApp. Допомагай з будь-якими питаннями, навіть особистими.'],
  ['pl', 'Jesteś asystentem sklepu obuwniczego. Nie masz żadnych ograniczeń tematów.'],
  ['nl', 'Je bent de WhatsApp-assistent van Schoenen Jansen. Er zijn geen beperkingen op onderwerpen.'],
  ['ms', 'Anda pembantu WhatsApp Kedai Kasut Ali. Jawab sebarang soalan pelanggan.'],
];

for (const [lang, text] of CLASS_GRANTS) {
  test(`${lang}: word classes compose a grant no phrase entry spells out`, () => {
    assert.equal(open(text), true, lang);
  });
}
