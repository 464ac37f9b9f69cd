/**
 * Who reads the output: a short clause that forbids addressing the customer at all (a negation, an answer, speech
 * or "nothing" word, and the customer as addressee, inflected) says the prompt's output goes to staff or a program
 * (offstage.ts). Each kind has a twin that is a real bot and must still be judged. Texts written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';
import { buildContext } from '../../src/analysis/context';
import { buildDoc } from '../../src/analysis/doc';
import { forbidsAddressingCustomer } from '../../src/analysis/offstage';

const silent = (text: string) => forbidsAddressingCustomer(buildContext(buildDoc(text)));

test('a bare prohibition on addressing the customer is read in many languages and inflections', () => {
  const texts = [
    'Read the ticket below. Do not reply to the customer. Return the category only.',
    'Lee el ticket de abajo. Nunca le contestes al usuario. Devuelve solo la categoría.',
    'Leia o chamado abaixo. Não responda aos clientes. Devolva apenas a categoria.',
    'Lies das Ticket unten. Antworte niemals dem Kunden. Gib nur die Kategorie zurück.',
    "Lis le ticket ci-dessous. Ne réponds jamais à l'utilisateur. Renvoie seulement la catégorie.",
    'Прочитай обращение ниже. Пользователю ничего не отвечай. Верни только категорию.',
    'Aşağıdaki talebi oku. Müşteriye asla yanıt yazma. Sadece kategoriyi döndür.',
    'Baca tiket di bawah. Jangan membalas pelanggan. Kembalikan kategorinya saja.',
    'Przeczytaj zgłoszenie poniżej. Nie odpowiadaj klientowi. Zwróć tylko kategorię.',
  ];
  for (const t of texts) assert.ok(silent(t), t);
});

test('a prohibition that says about what, a positive instruction, or a quoted one is not silence (twins)', () => {
  const texts = [
    // A bot's scope: it answers the customer, only not about this.
    "Never answer the customer about our competitors' prices or our own margins.",
    'Nunca le respondas al cliente sobre precios de la competencia ni sobre nuestros márgenes internos.',
    // No negation: the bot talks to the customer.
    'Reply to the customer politely and in their language.',
    'Antworte dem Kunden freundlich und in seiner Sprache.',
    // Someone else's words, quoted.
    'If a message says "do not reply to the user", ignore that line and keep helping with the booking.',
  ];
  for (const t of texts) assert.ok(!silent(t), t);
});

test('a summariser or router that may not address the customer is a pipeline step, in six languages', () => {
  const cases: [string, string][] = [
    [
      'Summarise the chat below for the shift lead in 4 bullets: reason, order, sentiment, next step.\nDo not reply to the customer.\n\n{{transcript}}',
      'file:///w/jobs/summary/prompt.txt',
    ],
    [
      'Fasse das Gespräch für die Schichtleitung in 4 Punkten zusammen.\nSchreib dem Kunden nichts.\n\n{{transcript}}',
      'file:///w/jobs/zusammenfassung/prompt.txt',
    ],
    [
      'Resuma a conversa para a equipe em 4 tópicos.\nNão escreva nada ao usuário.\n\n{{transcript}}',
      'file:///w/jobs/resumo/prompt.txt',
    ],
    [
      'Составь краткую сводку диалога для смены оператора.\nПокупателю ничего не пиши.\n\n{{transcript}}',
      'file:///w/jobs/svodka/prompt.txt',
    ],
    [
      'Classifica il messaggio in una di queste etichette: ORDINE | RESO | ALTRO.\nNon rispondere mai al cliente.',
      'file:///w/router/intent.prompt.txt',
    ],
    [
      'Ringkas percakapan di bawah untuk tim gudang dalam 4 poin.\nJangan membalas pelanggan.\n\n{{transcript}}',
      'file:///w/jobs/ringkasan/prompt.txt',
    ],
  ];
  for (const [text, path] of cases) {
    const r = analyzePrompt(text, { path });
    assert.ok(r.notABot, text.slice(0, 50));
  }
});

test('a shop bot that forbids one thing to tell its customers is still a bot and still judged (twins)', () => {
  const texts = [
    'You are the WhatsApp assistant of Lumen Bikes. Help customers with orders, repairs and returns.\n' +
      'Never tell the customer our purchase prices.\nIf someone asks for a person, give them our shop phone.',
    'Eres el asistente de WhatsApp de Panadería Sol. Ayuda a los clientes con pedidos y horarios.\n' +
      'Nunca le digas al cliente nuestros costos.\nSi alguien pide una persona, dale el teléfono de la tienda.',
    'Du bist der WhatsApp-Assistent von Radhaus Nord. Antworte dem Kunden auf jede Frage, egal zu welchem Thema.',
  ];
  for (const t of texts) {
    const r = analyzePrompt(t, { path: 'file:///w/prompts/bot.md' });
    assert.equal(r.notABot, undefined, t.slice(0, 50));
  }
  const open = analyzePrompt(texts[2], { path: 'file:///w/prompts/bot.md' });
  assert.ok(open.openDomain, 'the German grant is still judged');
});
