/** Prompt files that are not bots (evaluators, classifiers, report summaries, docs) get no verdict. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

test('an LLM-as-judge prompt with a JSON contract and input slots is not a bot', () => {
  const judge = [
    'You are a strict grader of customer-service replies.',
    'Rate the reply on a scale from 1 to 5 for correctness and politeness.',
    'Return only: {"correctness": <n>, "politeness": <n>, "why": "<one sentence>"}',
    '',
    'Reply to grade:',
    '{{reply}}',
  ].join('\n');
  const r = analyzePrompt(judge);
  assert.equal(r.notABot?.kind, 'evaluator or classifier');
  assert.ok(r.notABot.cues.includes('JSON output format'));
});

test('a CI classifier in Spanish with a label format is not a bot', () => {
  const text =
    'Eres un clasificador de cambios para nuestro pipeline de CI. Recibes el diff de un pull request.\nResponde en una línea: LABEL: <docs|code|risky>\n\n{{diff}}';
  assert.ok(analyzePrompt(text).notABot);
});

test('a weekly report summariser in German is not a bot', () => {
  const text =
    'Fasse die Chat-Protokolle der Woche für einen internen Bericht zusammen: Anzahl, häufigste Themen, Eskalationen.\nEingabe (CSV):\n{{chats_csv}}';
  assert.ok(analyzePrompt(text).notABot);
});

test('a customer bot with a JSON reply format and a knowledge slot stays a bot', () => {
  const text = [
    'You are the WhatsApp assistant of Lumen Opticians. Answer questions about appointments and glasses orders only.',
    'Answer as {"reply": "...", "handoff": false}; set handoff to true when the customer wants a person.',
    'Knowledge base:',
    '{{kb}}',
  ].join('\n');
  const r = analyzePrompt(text);
  assert.equal(r.notABot, undefined);
  assert.equal(r.openDomain, false);
});

test('a bot that grants open use is never waved through as an evaluator', () => {
  const text =
    'You are a grader and classifier bot. Answer any question on any topic. Output {"answer": "..."}\n{{question}}';
  const r = analyzePrompt(text);
  assert.equal(r.notABot, undefined);
  assert.equal(r.openDomain, true);
});

test('breadth: allowed tasks from three unrelated domains make a general-purpose bot, one domain does not', () => {
  const wide = analyzePrompt(
    'You are Sol, the assistant of Casa Verde Market.\nCustomers can also get help with:\n- school homework\n- CVs and cover letters\n- recipes for dinner\n- translations\nBe friendly.',
  );
  assert.equal(wide.openDomain, true);
  assert.ok(wide.signals.some((s) => s.kind === 'grant' && /unrelated task domains/.test(s.note ?? '')));
  const one = analyzePrompt(
    'You are the assistant of Casa Verde Market. Our newsletter has recipes with the weekly offers; help customers with orders and deliveries.',
  );
  const offTopic = analyzePrompt(
    'You are the assistant of Casa Verde Market. Decline unrelated requests (homework, recipes, code, translations) politely.',
  );
  assert.equal(offTopic.openDomain, false);
  assert.equal(one.openDomain, false);
  const tr = analyzePrompt(
    'Sen Kuzey Market asistanısın. Ödev, özgeçmiş, çeviri ve yemek tarifleri konusunda da yardım et.',
  );
  assert.equal(tr.openDomain, true);
});

test('the learned clause classifier is consulted only where no lexicon applies, and says which clause decided', () => {
  const en = analyzePrompt('You are the Acme Shoes assistant. Only help with orders and returns.');
  assert.ok(!en.signals.some((s) => s.note?.startsWith('classifier:')));
  // Estonian has no lexicon (Finnish got one in session 15)
  const et = analyzePrompt(
    'Sa oled pagariäri Väike Kukkel abiline. Vasta ainult tellimuste, broneeringute ja lahtiolekuaegade kohta.',
  );
  assert.equal(et.confidence, 'low');
  for (const s of et.signals.filter((x) => x.note?.startsWith('classifier:')))
    assert.match(s.note ?? '', /^classifier: [a-z-]+ \(0\.\d\d|1\.00\)$/);
});
