const express = require('express');
const whatsAppClient = require('@green-api/whatsapp-api-client');
const { answer } = require('./llm');

const restAPI = whatsAppClient.restAPI({
  idInstance: process.env.GREEN_ID_INSTANCE,
  apiTokenInstance: process.env.GREEN_API_TOKEN_INSTANCE,
});

const app = express();
app.use(express.json());

app.post('/green/webhook', async (req, res) => {
  res.sendStatus(200);
  const b = req.body;
  if (b.typeWebhook !== 'incomingMessageReceived') return;
  const chatId = b.senderData?.chatId;
  if (!chatId || chatId.endsWith('@g.us')) return;
  const text = b.messageData?.textMessageData?.textMessage
    ?? b.messageData?.extendedTextMessageData?.text;
  if (!text) return;
  try {
    const reply = await answer(chatId, text);
    await restAPI.message.sendMessage(chatId, null, reply);
  } catch (e) {
    console.error(e);
  }
});

app.listen(process.env.PORT || 3000);
