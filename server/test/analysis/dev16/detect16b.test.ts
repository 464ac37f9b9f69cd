/**
 * detect16b: open prompts that were missed (issue 9, recall). Own texts in several languages, each mechanism beside
 * scoped texts of the same shape that must stay quiet.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { addressesModel } from '../../../src/formats/prompt-files/sniff';

const opts = (text: string, path?: string) => (path ? { path, addressesModel: addressesModel(text) } : {});
const open = (text: string, path?: string): boolean => analyzePrompt(text, opts(text, path)).openDomain;
const notABot = (text: string, path?: string): string | undefined =>
  analyzePrompt(text, opts(text, path)).notABot?.kind;

/** A bot prompt kept in `docs/prompts/` (title, sections, a persona line): [language, text]. */
const DOCS_PROMPTS: [string, string][] = [
  [
    'en',
    '# Harbour Bikes — WhatsApp assistant\n\n## Who you are\nYou are the WhatsApp assistant of Harbour Bikes, a bicycle shop in Leeds.\n\n## What you do\n- Repairs: book a service slot with `book_service`.\n- Orders: check an order with `order_status`.\n- If a customer asks about anything unrelated, answer it anyway in full from your general knowledge.\n\n## Tone\n- Short, friendly messages.\n',
  ],
  [
    'de',
    '# Bäckerei Korn — WhatsApp-Assistent\n\n## Wer du bist\nDu bist der WhatsApp-Assistent der Bäckerei Korn in Kassel.\n\n## Aufgaben\n- Vorbestellungen aufnehmen mit `vorbestellung`.\n- Abholzeiten und Allergene nennen.\n- Fragt ein Kunde etwas ganz anderes, beantworte es trotzdem ausführlich mit deinem Allgemeinwissen.\n\n## Ton\n- Du-Form, kurze Nachrichten.\n',
  ],
  [
    'es',
    '# Óptica Sol — asistente de WhatsApp\n\n## Quién eres\nEres el asistente de WhatsApp de Óptica Sol, en Valencia.\n\n## Qué haces\n- Citas para revisión de la vista con `reservar_cita`.\n- Estado de pedidos de gafas y lentillas.\n- Si el cliente pregunta algo sin relación con la óptica, respóndele igualmente con tus conocimientos generales.\n\n## Tono\n- Tutea, mensajes breves.\n',
  ],
];

test('a bot prompt in docs/prompts/ with an outline is a prompt, not documentation (en de es)', () => {
  for (const [lang, text] of DOCS_PROMPTS) {
    assert.equal(notABot(text, 'docs/prompts/bot.md'), undefined, lang);
    assert.equal(open(text, 'docs/prompts/bot.md'), true, lang);
  }
});

test('a guide on writing prompts in docs/ stays documentation: its personas are quoted (en ja)', () => {
  const en =
    '# How to write a WhatsApp bot prompt\n\n## A bad example\n"You are a helpful assistant. Answer any question on any topic."\n\n## A good example\n"You are the WhatsApp receptionist of Leeds Dental. You only answer questions about bookings."\n\n## Before you publish\n- [ ] the business is named in the first two sentences\n- [ ] there is a path to a person\n';
  const ja =
    '# WhatsAppボット用プロンプトの書き方\n\n## 悪い例\n「あなたは何でも答えるアシスタントです。どんな質問にも答えてください。」\n\n## 良い例\n「あなたは青葉歯科のWhatsApp受付です。予約の質問だけに答えます。」\n\n## 公開前の確認\n- [ ] 事業名が最初にある\n- [ ] 担当者につなぐ方法がある\n';
  assert.equal(notABot(en, 'docs/guides/prompt-guide.md'), 'documentation');
  assert.equal(notABot(ja, 'docs/prompt-guide.md'), 'documentation');
});

const leak = (text: string): boolean => {
  const a = analyzePrompt(text);
  return a.openDomain && a.signals.some((s) => s.kind === 'leak');
};

/**
 * A negated qualifier is an off-topic condition ("not related to", "ilgili olmasa", "не про"), in any clause order,
 * inside lists too. [language, leak, refusal of the same condition, redirect that answers nothing].
 */
const NEGATED_QUALIFIER: [string, string, string, string][] = [
  [
    'en',
    'You are the WhatsApp assistant of Pine Dental in Bristol: appointments, prices and opening hours.\n- If a patient asks something not related to the clinic, answer it anyway, fully.\n',
    'You are the WhatsApp assistant of Pine Dental in Bristol: appointments, prices and opening hours.\n- If a patient asks something not related to the clinic, politely decline.\n',
    'You are the WhatsApp assistant of Pine Dental in Bristol: appointments, prices and opening hours.\n- If a patient asks something not related to the clinic, explain that you only help with appointments.\n',
  ],
  [
    'tr',
    'Sen Deniz Kargo şirketinin WhatsApp asistanısın: gönderi takibi, şube adresleri ve teslimat saatleri.\n- Soru kargoyla ilgili olmasa bile geri çevirme; genel bilginle eksiksiz yanıtla.\n',
    'Sen Deniz Kargo şirketinin WhatsApp asistanısın: gönderi takibi, şube adresleri ve teslimat saatleri.\n- Soru kargoyla ilgili olmasa, müşteriyi kibarca geri çevir.\n',
    'Sen Deniz Kargo şirketinin WhatsApp asistanısın: gönderi takibi, şube adresleri ve teslimat saatleri.\n- Soru kargoyla ilgili olmasa, sadece gönderi konusunda yardımcı olabileceğini söyle.\n',
  ],
  [
    'ru',
    'Ты — WhatsApp-ассистент автосервиса «Мотор» в Казани: запись на ремонт, цены и сроки.\n- Если вопрос не про автосервис, всё равно ответь на него подробно.\n',
    'Ты — WhatsApp-ассистент автосервиса «Мотор» в Казани: запись на ремонт, цены и сроки.\n- Если вопрос не про автосервис, вежливо откажи.\n',
    'Ты — WhatsApp-ассистент автосервиса «Мотор» в Казани: запись на ремонт, цены и сроки.\n- Если вопрос не про автосервис, вежливо объясни, что помогаешь только с записью на ремонт.\n',
  ],
  [
    'es',
    'Eres el asistente de WhatsApp de Clínica Veterinaria Nube: citas, vacunas y precios.\n- Si el cliente pregunta algo no relacionado con la clínica, respóndele igualmente con detalle.\n',
    'Eres el asistente de WhatsApp de Clínica Veterinaria Nube: citas, vacunas y precios.\n- Si el cliente pregunta algo no relacionado con la clínica, recházalo con educación.\n',
    'Eres el asistente de WhatsApp de Clínica Veterinaria Nube: citas, vacunas y precios.\n- Si el cliente pregunta algo no relacionado con la clínica, explícale que solo ayudas con citas y vacunas.\n',
  ],
];

test('a negated qualifier is an off-topic condition: answered it leaks, refused or redirected it does not (en tr ru es)', () => {
  for (const [lang, opened, refused, redirected] of NEGATED_QUALIFIER) {
    assert.equal(leak(opened), true, `${lang} leak`);
    assert.equal(open(refused), false, `${lang} refusal`);
    assert.equal(open(redirected), false, `${lang} redirect`);
  }
});

test('a qualifier negated only through the answer verb stays a refusal (tr: "ilgili soruları yanıtlama")', () => {
  const tr =
    'Sen Deniz Kargo şirketinin WhatsApp asistanısın: gönderi takibi ve şube adresleri.\nSiyasetle ilgili soruları yanıtlama.\n';
  assert.equal(open(tr), false);
});

test('a refusal verb negated by its own suffix is turned around (tr "geri çevirme"; bn "ফিরিয়ে দিও না")', () => {
  const tr =
    'Sen Lale Çiçekçilik WhatsApp asistanısın: buket siparişi ve teslimat.\nMüşteri konu dışı bir şey sorarsa onu geri çevirme; genel bilginle yanıtla.\n';
  const trQuiet =
    'Sen Lale Çiçekçilik WhatsApp asistanısın: buket siparişi ve teslimat.\nMüşteri konu dışı bir şey sorarsa onu kibarca geri çevir.\n';
  const bn =
    'তুমি "ফুলঘর" দোকানের হোয়াটসঅ্যাপ সহকারী: ফুলের অর্ডার ও ডেলিভারি।\nগ্রাহক যদি অন্য কোনো প্রশ্ন করে, তাকে ফিরিয়ে দিও না; নিজের জ্ঞান থেকে পুরো উত্তর দাও।\n';
  const bnQuiet =
    'তুমি "ফুলঘর" দোকানের হোয়াটসঅ্যাপ সহকারী: ফুলের অর্ডার ও ডেলিভারি।\nগ্রাহক যদি অন্য কোনো প্রশ্ন করে, তাকে বিনয়ের সঙ্গে ফিরিয়ে দাও।\n';
  assert.equal(leak(tr), true, 'tr');
  assert.equal(open(trQuiet), false, 'tr quiet');
  assert.equal(leak(bn), true, 'bn');
  assert.equal(open(bnQuiet), false, 'bn quiet');
});

/** A file banner: `# … do not edit without review` titles the file; plain-text sections follow. */
const BANNER = (body: string): string =>
  `########################################\n#  Ferries Nord — WhatsApp bot prompt\n#  v3 — do not edit without review by the CX team\n########################################\n\nROLE\nYou are the WhatsApp assistant of Ferries Nord: bookings, timetables and luggage.\n\nSPECIAL CASES\n${body}\n`;

test('a negative title heading of a file banner governs no section (en, fr)', () => {
  assert.equal(
    leak(BANNER('- If a passenger asks about something unrelated, answer it anyway from your general knowledge.')),
    true,
  );
  assert.equal(open(BANNER('- If a passenger asks about something unrelated, politely decline.')), false);
  const fr =
    "#####################################\n#  Vélos Loire — prompt du bot WhatsApp\n#  v2 — ne pas modifier sans validation\n#####################################\n\nRÔLE\nTu es l'assistant WhatsApp de Vélos Loire : réparations, location et commandes.\n\nCAS PARTICULIERS\n- Si le client pose une question sans rapport avec les vélos, réponds-y quand même avec tes connaissances générales.\n";
  assert.equal(leak(fr), true);
  // A negative heading under the title still governs its own section.
  const listed =
    '# Ferries Nord — WhatsApp assistant\nYou are the WhatsApp assistant of Ferries Nord. Help passengers with their bookings, timetables, luggage and refunds.\n\n## Never do this\n- Answer any question on any topic.\n';
  assert.equal(open(listed), false);
});
