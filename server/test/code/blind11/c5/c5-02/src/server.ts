import express from 'express';
import OpenAI from 'openai';
import Redis from 'ioredis';
import { loadSystemPrompt } from './prompt.js';
import { sendText } from './evolution.js';
import { findConversationId, handToTeam } from './chatwoot.js';

const app = express();
app.use(express.json({ limit: '2mb' }));

const openai = new OpenAI();
const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const INSTRUCTIONS = loadSystemPrompt();
const HANDOFF = '#ATENDENTE#';

app.post('/webhook/evolution', async (req, res) => {
  res.sendStatus(200);
  const { event, data } = req.body ?? {};
  if (event !== 'messages.upsert' || data?.key?.fromMe) return;

  const jid: string = data.key.remoteJid;
  if (jid.endsWith('@g.us')) return;
  const phone = jid.split('@')[0];
  const text: string = data.message?.conversation ?? data.message?.extendedTextMessage?.text ?? '';
  if (!text) return;

  // humano assumiu? a Vivi fica quieta por 6h
  if (await redis.get(`humano:${phone}`)) return;

  const prevId = await redis.get(`resp:${phone}`);
  const response = await openai.responses.create({
    model: 'gpt-4.1-mini',
    instructions: INSTRUCTIONS,
    input: text,
    previous_response_id: prevId ?? undefined,
  });
  await redis.set(`resp:${phone}`, response.id, 'EX', 60 * 60 * 3);

  const out = response.output_text.trim();
  if (out.includes(HANDOFF)) {
    await redis.set(`humano:${phone}`, '1', 'EX', 60 * 60 * 6);
    const convId = await findConversationId(phone);
    if (convId) await handToTeam(convId, 'pedido do cliente');
    await sendText(phone, 'Certo! Já chamei alguém do nosso balcão, em instantes uma pessoa da equipe continua com você 🍕');
    return;
  }
  await sendText(phone, out);
});

app.listen(Number(process.env.PORT ?? 3001), () => console.log('vivi up'));
