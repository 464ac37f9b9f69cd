import express from 'express';
import whatsAppClient from '@green-api/whatsapp-api-client';
import { Ollama } from 'ollama';
import { SYSTEM_PROMPT } from './prompt.js';

const restAPI = whatsAppClient.restAPI({
  idInstance: process.env.GREEN_ID_INSTANCE,
  apiTokenInstance: process.env.GREEN_API_TOKEN,
});
const ollama = new Ollama({ host: process.env.OLLAMA_HOST ?? 'http://127.0.0.1:11434' });
const riwayat = new Map();

const app = express();
app.use(express.json());

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const b = req.body;
  if (b.typeWebhook !== 'incomingMessageReceived') return;
  const chatId = b.senderData.chatId;
  const teks = b.messageData?.textMessageData?.textMessage ?? b.messageData?.extendedTextMessageData?.text;
  if (!teks) return;

  const h = riwayat.get(chatId) ?? [];
  h.push({ role: 'user', content: teks });
  const out = await ollama.chat({
    model: process.env.OLLAMA_MODEL ?? 'llama3.1:8b',
    messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...h.slice(-8)],
  });
  h.push(out.message);
  riwayat.set(chatId, h);
  await restAPI.message.sendMessage(chatId, null, out.message.content);
});

app.listen(process.env.PORT ?? 5000, () => console.log('Tanya Aja jalan 🚀'));
