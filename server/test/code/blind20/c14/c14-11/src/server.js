// Atrapa Graph API (WhatsApp Cloud) + fałszywy endpoint /v1/chat/completions.
// NIE jest to bot – nigdy nie łączy się z prawdziwym WhatsAppem ani z OpenAI.
// Uruchamiana w CI obok bota (docker-compose.test.yml), bot dostaje GRAPH_URL i OPENAI_BASE_URL wskazujące tutaj.
const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());

const sent = []; // wiadomości "wysłane" przez bota – test je odczytuje
const llmCalls = []; // zapytania do "LLM" – test sprawdza m.in. system prompt

function loadFixture(name) {
  return fs.readFileSync(path.join(__dirname, '..', 'test', 'fixtures', name), 'utf8');
}

// --- Graph API ---
app.post('/:version/:phoneId/messages', (req, res) => {
  sent.push({ phoneId: req.params.phoneId, ...req.body });
  res.json({
    messaging_product: 'whatsapp',
    contacts: [{ input: req.body.to, wa_id: req.body.to }],
    messages: [{ id: `wamid.MOCK${sent.length}` }],
  });
});

// --- fałszywy LLM (format OpenAI) ---
const scripted = JSON.parse(loadFixture('odpowiedzi.json'));

app.post('/v1/chat/completions', (req, res) => {
  llmCalls.push(req.body);
  const last = req.body.messages.at(-1)?.content ?? '';
  const hit = scripted.find((s) => last.toLowerCase().includes(s.jesli));
  res.json({
    id: `chatcmpl-mock-${llmCalls.length}`,
    object: 'chat.completion',
    model: req.body.model,
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: hit ? hit.odpowiedz : 'MOCK: brak skryptu' } }],
  });
});

// --- endpointy dla testów ---
app.get('/__mock/sent', (_req, res) => res.json(sent));
app.get('/__mock/llm-calls', (_req, res) => res.json(llmCalls));
app.post('/__mock/reset', (_req, res) => {
  sent.length = 0;
  llmCalls.length = 0;
  res.sendStatus(204);
});

// pomocnik: zbuduj webhook, jaki wysłałaby Meta, i wyślij go do bota
app.post('/__mock/inbound', async (req, res) => {
  const { from = '48600100200', text } = req.body;
  const payload = {
    object: 'whatsapp_business_account',
    entry: [{ id: 'WABA_MOCK', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '48221234567', phone_number_id: 'PNID_MOCK' },
      contacts: [{ profile: { name: 'Test Klient' }, wa_id: from }],
      messages: [{ from, id: `wamid.IN${Date.now()}`, timestamp: `${Math.floor(Date.now() / 1000)}`, type: 'text', text: { body: text } }],
    } }] }],
  };
  const r = await fetch(process.env.BOT_WEBHOOK_URL ?? 'http://bot:3000/webhook', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload),
  });
  res.status(r.status).end();
});

module.exports = { app, loadFixture };

if (require.main === module) {
  app.listen(process.env.PORT ?? 4010, () => console.log('wa-cloud-mock na porcie', process.env.PORT ?? 4010));
}
