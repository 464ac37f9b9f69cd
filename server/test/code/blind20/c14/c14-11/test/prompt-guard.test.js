// Sprawdza, że bot sklepu NIE wysyła do LLM ogólnego promptu z fixtury
// (regresja z wersji 1.8, kiedy przy braku SYSTEM_PROMPT bot brał prompt-ogolny.txt).
const { test } = require('node:test');
const assert = require('node:assert');
const { loadFixture } = require('../src/server');

const MOCK = process.env.MOCK_URL ?? 'http://localhost:4010';

test('bot nie używa ogólnego promptu', async () => {
  await fetch(`${MOCK}/__mock/reset`, { method: 'POST' });
  await fetch(`${MOCK}/__mock/inbound`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'jaki jest status zamówienia 10023?' }),
  });
  const calls = await (await fetch(`${MOCK}/__mock/llm-calls`)).json();
  assert.ok(calls.length > 0, 'bot powinien zapytać LLM');
  const system = calls[0].messages.find((m) => m.role === 'system')?.content ?? '';
  assert.notStrictEqual(system.trim(), loadFixture('prompt-ogolny.txt').trim());
});

test('odpowiedź trafia do klienta', async () => {
  const sent = await (await fetch(`${MOCK}/__mock/sent`)).json();
  assert.match(sent.at(-1).text.body, /InPost/);
});
