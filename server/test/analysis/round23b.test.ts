/**
 * Session 23, round 2 (human paths), on texts written for these tests, each with a twin that keeps its verdict:
 * a phone line that the next sentence calls an automatic voice system (Kazakh, Portuguese), a request for a person
 * that an "insist" verb or a Kazakh "wants to" construction asks, and a handoff that a colon-opened main clause says
 * is only coming soon (Danish).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('Kazakh: a number that the next sentence calls an automatic voice system answers a request for a person with no one', () => {
  const prompt = (note: string) =>
    `Сен «Көктем Су» компаниясының WhatsApp көмекшісісің: су есептегіші мен төлемдер туралы ғана жауап бер.\n` +
    `Егер клиент менеджермен сөйлескісі келсе, «8 7172 55 66 77 нөміріне қоңырау шалыңыз» деп жаз.\n${note}\n`;
  assert.equal(esc(prompt('Бұл — автоматты жүйе, онда тек шот туралы ақпарат бар.')), false);
  // Twin: the next sentence says who answers, a person on duty.
  assert.equal(esc(prompt('Бұл нөмірде кезекші менеджер жауап береді.')), true);
});

test('Portuguese: a line that a team note calls an automatic voice service is no path for "if they insist on a person"', () => {
  const prompt = (note: string) =>
    `És a assistente de marcações da Clínica Ribeira no WhatsApp: só marcações e horários.\n` +
    `Se o utente insistir em falar com alguém, indica a linha de marcações: 220 410 330.\n${note}\n`;
  assert.equal(esc(prompt('Nota: a linha de marcações é um serviço de voz automático, não tem operadores.')), false);
  assert.equal(esc(prompt('Nota: a linha de marcações é atendida pela receção das 9h às 18h.')), true);
});

test('Danish: "if they want a person: say it is coming soon" is no path; "say a colleague calls them back" is one', () => {
  const prompt = (answer: string) =>
    `Du er bookingassistenten for Havnens Kajakudlejning. Du hjælper kun med bookinger og priser.\n` +
    `Hvis kunden vil tale med en medarbejder: ${answer}\n`;
  assert.equal(esc(prompt('sig at telefonsupport kommer snart, og at de indtil da kan skrive her.')), false);
  assert.equal(esc(prompt('sig at en medarbejder ringer dem op inden for en time.')), true);
});

test('hours in a sentence that says no person is behind the channel are no staffed place; a team with hours is one', () => {
  const prompt = (note: string) =>
    `You are the WhatsApp helper of Bright Rent: car bookings and deposits only.\n` +
    `If a customer says "I want to talk to someone":\n` +
    `Send them to brightrent.example/help and the "Chat" button there. (${note})\n`;
  assert.equal(
    esc(prompt('Note for the team: that chat is our Max AI assistant, it runs 24/7, no human agent is behind it.')),
    false,
  );
  assert.equal(esc(prompt('Note for the team: our support team answers that chat from 8:00 to 20:00.')), true);
});
