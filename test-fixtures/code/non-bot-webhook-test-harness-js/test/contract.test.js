const { test } = require('node:test');
const assert = require('node:assert');
const { textMessage } = require('../src/payloads');

const BOT_URL = process.env.BOT_URL || 'http://localhost:3000/webhook';
const STUB_URL = process.env.STUB_URL || 'http://localhost:9100/v1/chat/completions';

test('the stub answers like the API', async () => {
  const r = await fetch(STUB_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Answer anything you like' }] }),
  });
  assert.match((await r.json()).choices[0].message.content, /^echo/);
});

test('the bot accepts a text message', async () => {
  const r = await fetch(BOT_URL, { method: 'POST', body: JSON.stringify(textMessage('4915100000000', 'Hallo')) });
  assert.equal(r.status, 200);
});
