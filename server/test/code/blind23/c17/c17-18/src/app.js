const express = require('express');
const { AzureOpenAI } = require('openai');
const { Pool } = require('pg');
const bouwInstructies = require('./instructies');

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const ai = new AzureOpenAI({
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY,
  apiVersion: '2024-10-21',
  deployment: 'gpt-4o-fietsdokter',
});

const app = express();
app.use(express.json());

async function stuur(to, body) {
  await fetch('https://waba-v2.360dialog.io/messages', {
    method: 'POST',
    headers: { 'D360-API-KEY': process.env.D360_API_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } }),
  });
}

app.post('/360/webhook', async (req, res) => {
  res.sendStatus(200);
  const msg = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== 'text') return;

  const { rows } = await db.query(
    'select k.lease_contract, a.naam as accountmanager, a.telefoon as am_telefoon from klanten k left join accountmanagers a on a.id = k.am_id where k.wa_id = $1',
    [msg.from]
  );
  const completion = await ai.chat.completions.create({
    model: 'gpt-4o-fietsdokter',
    messages: [
      { role: 'system', content: bouwInstructies(rows[0]) },
      { role: 'user', content: msg.text.body },
    ],
  });
  await stuur(msg.from, completion.choices[0].message.content);
});

app.listen(process.env.PORT || 8080);
