import express from 'express';
import { classify, answer } from './handlers/answer.js';
import { escalate, pausedChats } from './handlers/human.js';
import { sendText } from './waha.js';

const app = express();
app.use(express.json());

async function loadKontext(chatId: string): Promise<string> {
  const res = await fetch(`${process.env.SHOP_API}/customers/by-phone/${chatId.replace('@c.us', '')}/summary`);
  return res.ok ? await res.text() : '';
}

app.post('/waha', async (req, res) => {
  res.sendStatus(200);
  const { event, payload } = req.body ?? {};
  if (event !== 'message' || payload?.fromMe || !payload?.body) return;
  const chatId: string = payload.from;
  if (chatId.endsWith('@g.us') || pausedChats.has(chatId)) return;

  const route = await classify(payload.body);
  if (route === 'mensch') return escalate(chatId, payload.body);
  const reply = await answer(route, payload.body, await loadKontext(chatId));
  await sendText(chatId, reply);
});

app.post('/admin/resume/:chatId', (req, res) => {
  pausedChats.delete(req.params.chatId);
  res.sendStatus(204);
});

app.listen(4000);
