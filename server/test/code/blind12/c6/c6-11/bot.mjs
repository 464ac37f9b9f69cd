import express from 'express';
import whatsAppClient from '@green-api/whatsapp-api-client';
import ollama from 'ollama';

const restAPI = whatsAppClient.restAPI({
  idInstance: process.env.GREEN_ID_INSTANCE,
  apiTokenInstance: process.env.GREEN_API_TOKEN,
});
const MODEL = process.env.OLLAMA_MODEL || 'umnik'; // ollama create umnik -f Modelfile
const memory = new Map();

const app = express();
app.use(express.json());

app.post('/green', async (req, res) => {
  res.sendStatus(200);
  const b = req.body;
  if (b.typeWebhook !== 'incomingMessageReceived') return;
  const chatId = b.senderData.chatId;
  const text = b.messageData?.textMessageData?.textMessage ?? b.messageData?.extendedTextMessageData?.text;
  if (!text) return;

  if (text === '/новый') { memory.delete(chatId); return restAPI.message.sendMessage(chatId, null, 'Начнём заново 👌'); }

  const hist = memory.get(chatId) ?? [];
  hist.push({ role: 'user', content: text });
  const r = await ollama.chat({ model: MODEL, messages: hist.slice(-20) });
  hist.push(r.message);
  memory.set(chatId, hist);
  await restAPI.message.sendMessage(chatId, null, r.message.content);
});

app.listen(8090, () => console.log('Умник слушает :8090'));
