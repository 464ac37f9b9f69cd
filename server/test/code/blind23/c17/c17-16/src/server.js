const fs = require('fs');
const path = require('path');
const express = require('express');
const axios = require('axios');
const Anthropic = require('@anthropic-ai/sdk');
const derivar = require('./handlers/derivar');

const SISTEMA = fs.readFileSync(path.join(__dirname, '..', 'prompts', 'sistema.txt'), 'utf8');
const anthropic = new Anthropic();
const app = express();
app.use(express.json());

async function send(to, body) {
  await axios.post(
    `https://graph.facebook.com/v20.0/${process.env.PHONE_NUMBER_ID}/messages`,
    { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } },
    { headers: { Authorization: `Bearer ${process.env.WHATSAPP_TOKEN}` } }
  );
}

app.get('/webhook', (req, res) => {
  const ok = req.query['hub.mode'] === 'subscribe' && req.query['hub.verify_token'] === process.env.VERIFY_TOKEN;
  return ok ? res.status(200).send(req.query['hub.challenge']) : res.sendStatus(403);
});

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const m = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!m || m.type !== 'text') return;
  try {
    const r = await anthropic.messages.create({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 400,
      system: SISTEMA,
      messages: [{ role: 'user', content: m.text.body }],
    });
    const texto = r.content.map((b) => (b.type === 'text' ? b.text : '')).join('').trim();
    if (texto === 'DERIVAR') return derivar(m.from, send);
    await send(m.from, texto);
  } catch (e) {
    console.error(e.message);
  }
});

app.listen(process.env.PORT || 3000, () => console.log('fuerza bot arriba'));
