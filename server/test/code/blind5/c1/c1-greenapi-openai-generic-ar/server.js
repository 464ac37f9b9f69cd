require('dotenv').config();
const express = require('express');
const { sendMessage } = require('./lib/greenapi');
const { reply } = require('./lib/ai');

const app = express();
app.use(express.json());

app.post('/green-api/webhook', async (req, res) => {
  res.sendStatus(200);
  const body = req.body;
  if (body.typeWebhook !== 'incomingMessageReceived') return;

  const chatId = body.senderData.chatId;
  const text =
    body.messageData?.textMessageData?.textMessage ??
    body.messageData?.extendedTextMessageData?.text;
  if (!text || chatId.endsWith('@g.us')) return;

  if (text.trim() === 'موظف') {
    await sendMessage(
      process.env.STAFF_CHAT_ID,
      `طلب تواصل مع موظف من ${body.senderData.senderName || ''} (${chatId.replace('@c.us', '')})`
    );
    await sendMessage(chatId, 'تم إبلاغ أحد موظفينا وسيتواصل معك قريبًا إن شاء الله.');
    return;
  }

  try {
    await sendMessage(chatId, await reply(chatId, text));
  } catch (err) {
    console.error(err);
    await sendMessage(chatId, 'عذرًا، حدث خطأ مؤقت. حاول مرة أخرى.');
  }
});

app.listen(process.env.PORT || 3000);
