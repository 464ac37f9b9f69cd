/**
 * analyzePrompt answers a text and options it analysed before from its result cache (analysis/index.ts),
 * and never answers other options or another text from it.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt, analyzeUncached } from '../../src/analysis';

const TEXT = 'You are the booking assistant of Hotel Lago. Answer any question the guest asks.';

test('result cache: the same text and options give the stored analysis, other options a new one', () => {
  const first = analyzePrompt(TEXT);
  assert.equal(analyzePrompt(TEXT), first);
  assert.equal(analyzePrompt(TEXT, {}), first);
  assert.deepEqual(analyzeUncached(TEXT), first);
  const persona = analyzePrompt('You are {{persona}}.', { variables: { persona: 'a helpful assistant' } });
  const empty = analyzePrompt('You are {{persona}}.', { variables: { persona: 'the Hotel Lago booking desk' } });
  assert.notEqual(persona, empty);
  assert.equal(persona.reason, 'generic-persona');
  assert.notEqual(empty.reason, 'generic-persona');
  assert.notEqual(analyzePrompt(`${TEXT} `), first);
});

test('result cache: bounded, the oldest analyses are computed again', () => {
  const first = analyzePrompt(`${TEXT} (0)`);
  for (let i = 1; i <= 200; i++) analyzePrompt(`${TEXT} (${i})`);
  assert.notEqual(analyzePrompt(`${TEXT} (0)`), first);
  assert.deepEqual(analyzePrompt(`${TEXT} (0)`), first);
});
