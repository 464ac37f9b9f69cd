import express from 'express';
import { Mistral } from '@mistralai/mistralai';
import { SYSTEM, FEW_SHOTS } from './prompt.js';

const app = express();
app.use(express.json());
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const sessions = new Map();

async function send(to, body) {
  await fetch('https://waba-v2.360dialog.io/messages', {
    method: 'POST',
    headers: { 'D360-API-KEY': process.env.D360_API_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } }),
  });
}

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const value = req.body?.entry?.[0]?.changes?.[0]?.value;
  const m = value?.messages?.[0];
  if (!m || m.type !== 'text') return;

  const hist = sessions.get(m.from) ?? [];
  hist.push({ role: 'user', content: m.text.body });
  const r = await mistral.chat.complete({
    model: 'mistral-small-latest',
    temperature: 0.3,
    messages: [{ role: 'system', content: SYSTEM }, ...FEW_SHOTS, ...hist.slice(-10)],
  });
  const answer = r.choices[0].message.content;
  hist.push({ role: 'assistant', content: answer });
  sessions.set(m.from, hist);
  await send(m.from, answer);
});

app.listen(process.env.PORT ?? 3000);
