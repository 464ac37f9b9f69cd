import express from 'express';
import type { CoreMessage } from 'ai';
import { reply } from './ai/agent.js';

const app = express();
app.use(express.json());

const WAHA = process.env.WAHA_URL ?? 'http://waha:3000';
const SESSION = process.env.WAHA_SESSION ?? 'default';
const chats = new Map<string, CoreMessage[]>();

app.post('/waha/webhook', async (req, res) => {
  res.sendStatus(200);
  const { event, payload } = req.body;
  if (event !== 'message' || payload.fromMe || !payload.body) return;
  const chatId: string = payload.from;
  const h = chats.get(chatId) ?? [];
  h.push({ role: 'user', content: payload.body });
  const text = await reply(h.slice(-10));
  h.push({ role: 'assistant', content: text });
  chats.set(chatId, h);
  await fetch(`${WAHA}/api/sendText`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.WAHA_API_KEY ?? '' },
    body: JSON.stringify({ session: SESSION, chatId, text }),
  });
});

app.listen(3001, () => console.log('listening on 3001'));
