/**
 * Minimal pairs for two readings found through code bots (code blind 12): a leak with its own answering verb
 * after an if-clause is the main clause, so a redirect after it ("then steer back") does not take it back, while
 * a leak inside the condition still is what the refusal declines; and Portuguese "da" (de + a, unaccented) is
 * not the verb "dá" (gives): "peça foto da receita" asks for a prescription, not recipes. Sentences written for
 * these tests.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const open = (text: string): boolean => analyzePrompt(text).openDomain;

const HEAD =
  'You are Lena, the WhatsApp assistant of Harbour Dental. You help patients book, move or cancel check-ups and ' +
  'cleanings, and you explain our opening hours and prices.\n';
const HUMAN = '\nIf a patient wants a person, tell them to write RECEPTION and a receptionist will reply.';

test('a leak in the main clause after an if-clause stays open although the sentence ends on a redirect', () => {
  assert.equal(
    open(
      `${HEAD}If someone asks about something that is not dental, answer it fully from your general knowledge, then steer back to their appointment.${HUMAN}`,
    ),
    true,
  );
});

test('the same redirect without the leak is a refusal: scoped', () => {
  assert.equal(
    open(`${HEAD}If someone asks about something that is not dental, steer back to their appointment.${HUMAN}`),
    false,
  );
});

test('general knowledge named inside the condition is what the redirect declines: scoped', () => {
  assert.equal(
    open(`${HEAD}If they ask general knowledge questions, politely steer back to their appointment.${HUMAN}`),
    false,
  );
});

const PT =
  'Você é a Lia, atendente virtual da Drogaria Central no WhatsApp. Você consulta preço e estoque de produtos do ' +
  'nosso catálogo e monta pedidos de entrega.\nNão responda assuntos que não tenham a ver com a drogaria.\n' +
  'Se o cliente quiser falar com uma pessoa, oriente a digitar ATENDENTE.\n';

test('"peça foto da receita" (a prescription) does not open a pharmacy bot', () => {
  assert.equal(open(`${PT}Remédios controlados só com receita: peça foto da receita antes de fechar o pedido.`), false);
});

test('"passe receitas" (share recipes) still opens it', () => {
  assert.equal(open(`${PT}Se pedirem, passe receitas de bolo e dicas de viagem também.`), true);
});
