import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fakeOpenAI } from './fake-llm.js';

test('payload template has the Cloud API message shape', () => {
  const p = JSON.parse(readFileSync(new URL('../payloads/text-message.json', import.meta.url), 'utf8'));
  const m = p.entry[0].changes[0].value.messages[0];
  assert.equal(m.type, 'text');
  assert.equal(m.text.body, '__TEXT__');
});

test('fake llm returns scripted replies and records calls', async () => {
  const llm = fakeOpenAI({ 'where is my order': 'ORDER_LOOKUP' });
  const r = await llm.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'where is my order' }] });
  assert.equal(r.choices[0].message.content, 'ORDER_LOOKUP');
  assert.equal(llm.calls.length, 1);
});
