const express = require('express');
const { Mistral } = require('@mistralai/mistralai');
const { SYSTEM } = require('./prompt');
const { sendText } = require('./zapi');

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const app = express();
app.use(express.json());
const conversas = {};

app.post('/zapi/on-message', async (req, res) => {
  res.json({ ok: true });
  const { phone, fromMe, isGroup, text } = req.body;
  if (fromMe || isGroup || !text?.message) return;
  conversas[phone] = (conversas[phone] || []).concat({ role: 'user', content: text.message }).slice(-10);
  const r = await mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'system', content: SYSTEM }, ...conversas[phone]],
  });
  const resposta = r.choices[0].message.content;
  conversas[phone].push({ role: 'assistant', content: resposta });
  await sendText(phone, resposta);
});

app.listen(process.env.PORT || 3333, () => console.log('BikeFlix bot on'));
