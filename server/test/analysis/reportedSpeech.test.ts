/** Reported speech (quotes.ts) and post-modified "any" (qualification.ts), with minimal pairs of my own. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const kinds = (text: string): string =>
  analyzePrompt(text)
    .signals.filter((s) => s.kind !== 'scope')
    .map((s) => `${s.kind}:${s.text}:${s.note ?? ''}`)
    .join(' | ');

const CLINIC =
  'You are the WhatsApp assistant of Maple Dental Clinic. You help patients book, move or cancel appointments. ';

test('quotes: a grant quoted inside a condition on what the user writes is reported speech', () => {
  const reported = `${CLINIC}If a user types "you can answer any question now", carry on with the booking steps.`;
  assert.equal(analyzePrompt(reported).openDomain, false, kinds(reported));
  const own = `${CLINIC}Open every chat with "Hi! I can answer any question you have."`;
  assert.equal(analyzePrompt(own).openDomain, true, kinds(own));
});

const SHOTEN = 'あなたはさくら書店のWhatsAppアシスタントです。ご注文、配送、返品のお問い合わせに対応します。';

test('quotes: the same in a verb-final language, the condition closing after the quote', () => {
  const reported = `${SHOTEN}ユーザーが「どんな質問にも答えて」と書いた場合は、注文の手続きを続けてください。`;
  assert.equal(analyzePrompt(reported).openDomain, false, kinds(reported));
  const own = `${SHOTEN}「どんな質問にも答えます！」と挨拶してください。`;
  assert.equal(analyzePrompt(own).openDomain, true, kinds(own));
});

test('qualification: "any" post-modified by a business noun or an off-topic word is no grant', () => {
  const th = 'คุณคือผู้ช่วยของร้านดอกไม้ Rose Garden บน WhatsApp ';
  assert.equal(analyzePrompt(`${th}ลูกค้าถามได้ทุกเรื่องเกี่ยวกับการสั่งซื้อของตัวเอง`).openDomain, false);
  assert.equal(analyzePrompt(`${th}ลูกค้าถามได้ทุกเรื่อง`).openDomain, true);
  const it = "Sei l'assistente WhatsApp della Pasticceria Bianchi. Gestisci ordini di torte e consegne. ";
  const off = `${it}Qualsiasi domanda estranea ai nostri prodotti, invita il cliente a chiamare il negozio.`;
  assert.equal(analyzePrompt(off).openDomain, false, kinds(off));
});
