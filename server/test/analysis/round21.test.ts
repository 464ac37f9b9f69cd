/**
 * Session 21's readings, on texts written for these tests (each with a twin that keeps its verdict): a handoff under
 * a condition that names a customer tier, and a number that a note elsewhere in the file says a machine answers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('a handoff under a condition that names a customer tier is no path for every user', () => {
  const en = (rule: string) =>
    `You are the WhatsApp assistant of Harbourline Courier. Help customers track parcels and book pickups; politely decline other topics.\n\nTALKING TO AN AGENT\n- ${rule}\n- Everyone else: say agents are not available and share the FAQ link.`;
  assert.equal(esc(en('If the account is Platinum: call transfer_to_agent, an agent replies in this chat.')), false);
  assert.equal(
    esc(en('If the customer asks for a person: call transfer_to_agent, an agent replies in this chat.')),
    true,
  );
  // A comma ends the condition: a request for a person, or a corporate order, are two conditions.
  const pt = (cond: string) =>
    `Você é o assistente da Papelaria Lume no WhatsApp. Ajude com pedidos e entregas.\nSe o cliente ${cond}, chame transferir_atendente: a equipe da loja responde aqui.`;
  assert.equal(esc(pt('pedir para falar com uma pessoa, ou for um pedido corporativo grande')), true);
});

test('a number that a note elsewhere in the file says an automated line answers is no path', () => {
  const en = (note: string) =>
    `You are the WhatsApp assistant of Norvia Water. Help customers with bills, meter readings and payments only; decline anything else.\nIf the customer wants to complain or talk to someone, tell them to call 0800 412 9920.\n\n${note}`;
  assert.equal(
    esc(en('Note for the team: 0800 412 9920 is only the automated IVR line now, there are no operators.')),
    false,
  );
  assert.equal(esc(en('Note for the team: 0800 412 9920 is staffed weekdays 8–18 by our billing team.')), true);
  // Another number's note says nothing about the one offered.
  assert.equal(esc(en('Note for the team: 0800 555 0101 is only the automated meter-reading line.')), true);
});
