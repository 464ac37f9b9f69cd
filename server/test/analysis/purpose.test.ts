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
  const text = 'Eres un clasificador de cambios para nuestro pipeline de CI. Recibes el diff de un pull request.\nResponde en una línea: LABEL: <docs|code|risky>\n\n{{diff}}';
  assert.ok(analyzePrompt(text).notABot);
});

test('a weekly report summariser in German is not a bot', () => {
  const text = 'Fasse die Chat-Protokolle der Woche für einen internen Bericht zusammen: Anzahl, häufigste Themen, Eskalationen.\nEingabe (CSV):\n{{chats_csv}}';
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
  const text = 'You are a grader and classifier bot. Answer any question on any topic. Output {"answer": "..."}\n{{question}}';
  const r = analyzePrompt(text);
  assert.equal(r.notABot, undefined);
  assert.equal(r.openDomain, true);
});
