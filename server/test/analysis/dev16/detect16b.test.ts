/**
 * detect16b: open prompts that were missed (issue 9, recall). Own texts in several languages, each mechanism beside
 * scoped texts of the same shape that must stay quiet.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';

const open = (text: string, path?: string): boolean => analyzePrompt(text, path ? { path } : {}).openDomain;
const notABot = (text: string, path?: string): string | undefined =>
  analyzePrompt(text, path ? { path } : {}).notABot?.kind;

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
