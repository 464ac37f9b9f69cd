/**
 * Human paths and personas (session 9, detect9b): minimal pairs for the scope of a negation before a handoff (it
 * stops at an "and" clause and after a clause-closing negation, not at "or"; a postposed one inside the phrase
 * reaches it), handoffs that reach no person (a bot, an AI supervisor, a roster of sub-agents), statuses that say
 * a path does not work yet, quoted counter-examples, and am/pm opening hours; then the dev set detect9b.json
 * through the CLI. Sentences written for these tests.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { blindSetFloors } from '../blindFloors';
import cases from './detect9b.json';

const BASE: Record<string, string> = {
  en: "You are the WhatsApp assistant of Bob's Bikes. Only answer questions about our repairs. ",
  fr: "Tu es l'assistant WhatsApp de la Boulangerie Martin. Tu ne parles que de la boulangerie. ",
  pt: 'Você é a assistente da Ótica Clara no WhatsApp. Fale apenas sobre a ótica. ',
  id: 'Kamu adalah asisten WhatsApp Laundry Kilat. Hanya jawab soal laundry. ',
  es: 'Eres el asistente de WhatsApp de Farmacia Sol. Responde solo sobre la farmacia. ',
};
const reachable = (lang: string, text: string): boolean => analyzePrompt(BASE[lang] + text).hasEscalation;

test('a negation does not reach a handoff that heads the next "and" clause', () => {
  assert.equal(reachable('en', 'If a customer is upset, do not argue and transfer the chat to a human agent.'), true);
  assert.equal(reachable('en', 'Do not transfer the chat to a human agent.'), false);
  assert.equal(reachable('en', 'Never argue or transfer the chat to a human agent.'), false);
  assert.equal(reachable('en', 'Never promise a refund and never transfer the chat to a human agent.'), false);
  assert.equal(reachable('pt', 'Não tente resolver sozinha e encaminhe para um atendente humano.'), true);
  assert.equal(reachable('pt', 'Não encaminhe para um atendente humano.'), false);
  assert.equal(reachable('id', 'Jangan berdebat dan sambungkan ke admin manusia.'), true);
  assert.equal(reachable('id', 'Jangan sambungkan ke admin manusia.'), false);
});

test('a negation that closes its clause before a comma does not reach the next clause', () => {
  assert.equal(reachable('fr', 'Réclamation : ne discute pas, transfère la conversation à un conseiller.'), true);
  assert.equal(reachable('fr', 'Ne discute pas et ne transfère jamais la conversation à un conseiller.'), false);
  assert.equal(reachable('en', 'Do not argue, and never transfer the chat to a human agent.'), false);
});

test('a postposed negation inside the phrase, after its verb, negates it (fr "ne … pas", de "nicht")', () => {
  assert.equal(reachable('fr', 'Ne transfère pas la conversation à un conseiller.'), false);
  assert.equal(reachable('fr', 'Transfère la conversation à un conseiller.'), true);
  const de = 'Du bist der Assistent der Bäckerei Maier. ';
  assert.equal(analyzePrompt(de + 'Leite den Kunden nicht an einen Mitarbeiter weiter.').hasEscalation, false);
  assert.equal(analyzePrompt(de + 'Leite den Kunden an einen Mitarbeiter weiter.').hasEscalation, true);
});

test('a handoff to a bot, an AI or a roster of sub-agents reaches no person', () => {
  assert.equal(reachable('en', 'For refund disputes, escalate the case to SupervisorAI.'), false);
  assert.equal(reachable('en', 'For refund disputes, escalate the case to a human supervisor.'), true);
  assert.equal(reachable('en', 'Order questions: call `orders_agent`. Refunds: call `refunds_agent`.'), false);
  assert.equal(reachable('en', 'If they ask for a person, call `handoff_to_agent`.'), true);
  assert.equal(reachable('en', 'If they ask for a person, call `escalate_to_supervisor_ai`.'), false);
});

test('a "coming soon" / "not yet available" status voids a handoff or contact; an adverb does not', () => {
  assert.equal(reachable('pt', 'Atendimento humano: em breve!'), false);
  assert.equal(reachable('pt', 'Se pedirem, um atendente humano responde em breve.'), true);
  assert.equal(reachable('es', '| Canal | Estado |\n|---|---|\n| Chat con agente humano | Próximamente |'), false);
  assert.equal(reachable('es', '| Canal | Estado |\n|---|---|\n| Chat con agente humano | Lunes a viernes |'), true);
  assert.equal(reachable('en', 'The e-mail help@bobsbikes.example is not active yet.'), false);
});

test('a contact quoted as a counter-example is no path; one the bot is told to say is', () => {
  assert.equal(reachable('en', 'Bad example (never write this): "Call our team on 0161 555 0199."'), false);
  assert.equal(reachable('en', 'When they want a person, reply: "Call our team on 0161 555 0199."'), true);
});

test('staff with am/pm or round-the-clock hours are a staffed place; a delay is no hours', () => {
  assert.equal(reachable('en', 'Our workshop staff answer this chat from 9am to 5pm.'), true);
  assert.equal(reachable('en', 'Our support staff answer 24/7 on this chat.'), true);
  assert.equal(
    reachable(
      'pt',
      'Casos de fraude: direcione para a fila "Segurança", atendida pelos nossos analistas 24 horas por dia.',
    ),
    true,
  );
  assert.equal(reachable('en', 'Our staff process refunds within 24 hours.'), false);
});

blindSetFloors('dev set detect9b', cases, {
  default: { precision: 1, recall: 0.9, handoff: 0.84, notABot: 0 },
  include: { precision: 1, recall: 0.9, handoff: 0.84, notABot: 0 },
});
