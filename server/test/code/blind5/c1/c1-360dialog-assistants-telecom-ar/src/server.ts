import 'dotenv/config';
import express from 'express';
import { ask } from './assistant.js';

const app = express();
app.use(express.json());

async function send360(to: string, body: string) {
  await fetch('https://waba-v2.360dialog.io/messages', {
    method: 'POST',
    headers: { 'D360-API-KEY': process.env.D360_API_KEY!, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } }),
  });
}

app.post('/webhooks/360dialog', async (req, res) => {
  res.sendStatus(200);
  const messages = req.body?.entry?.[0]?.changes?.[0]?.value?.messages ?? [];
  for (const m of messages) {
    if (m.type !== 'text') continue;
    try {
      const answer = await ask(m.from, m.text.body);
      await send360(m.from, answer);
    } catch (e) {
      console.error('assistant error', e);
    }
  }
});

app.listen(8080, () => console.log('360dialog webhook on :8080'));
