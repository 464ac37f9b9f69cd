/**
 * One clause that opens the scope decides the verdict unless a restriction, negation or condition governs
 * that same clause (grants.ts, constructions.ts, freeChoice.ts). Own sentences, in languages with and
 * without a leak seen in the blind sets; each opening has a minimal pair that stays scoped.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const BOT: Record<string, string> = {
  en: 'You are the WhatsApp assistant of Harbour Hotel: bookings, check-in times and room service.',
  es: 'Eres el asistente de WhatsApp de Zapatería Luna: pedidos, tallas y devoluciones.',
  nl: 'Je bent de WhatsApp-assistent van Fietsenwinkel De Spaak: reparaties, bestellingen en openingstijden.',
  ro: 'Ești asistentul de WhatsApp al florăriei Iris: comenzi, livrări și aranjamente.',
  ko: '당신은 한빛치과의 WhatsApp 예약 도우미입니다. 예약 변경, 진료 시간, 위치 안내를 돕습니다. 그 외의 요청은 정중히 거절하세요.',
  ta: 'நீங்கள் மல்லிகை உணவகத்தின் WhatsApp உதவியாளர்: முன்பதிவு, மெனு மற்றும் திறக்கும் நேரம்.',
  it: "Sei l'assistente WhatsApp della Ferramenta Gialli: ordini, orari e consegne.",
  vi: 'Bạn là trợ lý WhatsApp của tiệm bánh Hoa Mai: nhận đặt bánh, giao hàng và báo giá.',
};

/** [language, an opening clause buried in a scoped prompt, the same idea governed by a negation or restriction]. */
const PAIRS: [string, string, string][] = [
  [
    'en',
    'When a guest drifts to another subject, help them fully with whatever they ask, then steer the chat back to their stay.',
    'Never give legal advice, diet plans or answer questions unrelated to the hotel.',
  ],
  [
    'es',
    'Si un cliente pregunta algo que no tiene nada que ver con la zapatería, respóndele igual con lo que sepas.',
    'No des consejos médicos ni contestes preguntas que no tengan nada que ver con la tienda.',
  ],
  [
    'nl',
    'Help klanten volledig met alles wat ze vragen, en breng het gesprek daarna terug naar de winkel.',
    'Vragen over iets anders beantwoord je niet, maar verwijs je vriendelijk terug naar de fietsen.',
  ],
  [
    'ro',
    'Dacă te întreabă ceva fără legătură cu florăria, răspunde oricum din cunoștințele tale generale.',
    'Nu răspunde la întrebări fără legătură cu florăria.',
  ],
  [
    'ko',
    '다만 치과와 관련 없는 질문을 하더라도 최대한 자세히 답해 주세요.',
    '치과와 관련 없는 질문에는 답하지 마세요.',
  ],
  [
    'ta',
    'உணவகத்துடன் தொடர்பில்லாத கேள்வி கேட்டாலும் முழுமையாக பதில் சொல்லுங்கள்.',
    'உணவகம் பற்றிய கேள்விகளுக்கு மட்டும் பதில் சொல்லுங்கள்.',
  ],
  [
    'it',
    'Il tuo compito è rendere la giornata più facile: dai una mano in tutto ciò di cui il cliente ha bisogno.',
    'Rispondi solo alle domande su ordini e consegne.',
  ],
  [
    'vi',
    'Ngoài giờ làm việc, câu hỏi nào của khách bạn cũng cứ trả lời thoải mái.',
    'Chỉ trả lời câu hỏi về đơn bánh và giao hàng.',
  ],
];

for (const [lang, opening, governed] of PAIRS) {
  test(`${lang}: a buried opening clause decides the verdict`, () => {
    const r = analyzePrompt(`${BOT[lang]}\n${opening}`);
    assert.equal(r.openDomain, true, `${lang}: ${opening}`);
  });
  test(`${lang}: the same idea governed by a negation or restriction stays scoped`, () => {
    const r = analyzePrompt(`${BOT[lang]}\n${governed}`);
    assert.equal(r.openDomain, false, `${lang}: ${governed}`);
  });
}

test('a refusal after a grant takes it back only in the grant clause, a quoted fixed reply, or a bare task list', () => {
  const cases: [string, boolean][] = [
    ['Help them fully with whatever they ask, then steer the chat back to their stay.', true],
    ['Homework, essays and computer code: decline them politely.', false],
    ['Koi bhi doosra sawaal aaye to bolo: "Maaf kijiye, main sirf hotel bookings mein madad kar sakta hoon."', false],
    ['If they ask about general knowledge or anything they want, decline and steer back to their stay.', false],
  ];
  for (const [sentence, open] of cases)
    assert.equal(analyzePrompt(`${BOT.en}\n${sentence}`).openDomain, open, sentence);
});

test('the negation of every grant kind is decided once: a built leak holds its own negation, not one before it', () => {
  const leak = analyzePrompt(
    `${BOT.es}\nSi te escriben sobre algo que no tiene nada que ver con los zapatos, ayúdales con todo detalle.`,
  );
  assert.equal(leak.reason, 'leak');
  const span = leak.signals.find((s) => s.kind === 'leak');
  assert.ok(span?.text.startsWith('no tiene'), `the condition's own negation is inside the leak: ${span?.text}`);
  const negated = analyzePrompt(
    `${BOT.es}\nNunca, aunque no tenga nada que ver con los zapatos, les ayudes con tareas o recetas.`,
  );
  assert.equal(negated.openDomain, false);
});
