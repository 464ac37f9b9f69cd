require('dotenv').config();
const whatsAppClient = require('@green-api/whatsapp-api-client');
const cfg = require('../config/assistant.json');
const { reply, reset } = require('./llm');

const restAPI = whatsAppClient.restAPI({
  idInstance: process.env.ID_INSTANCE,
  apiTokenInstance: process.env.API_TOKEN_INSTANCE,
});

const seen = new Set();

async function main() {
  await restAPI.webhookService.startReceivingNotifications();

  restAPI.webhookService.onReceivingMessageText(async (body) => {
    const chatId = body.senderData.chatId;
    if (chatId.endsWith('@g.us')) return;
    const text = (body.messageData.textMessageData.textMessage || '').trim();

    try {
      if (!seen.has(chatId)) {
        seen.add(chatId);
        await restAPI.message.sendMessage(chatId, null, cfg.welcome);
      }
      if (text === '/جديد') {
        reset(chatId);
        return restAPI.message.sendMessage(chatId, null, 'تم بدء محادثة جديدة ✅');
      }
      if (cfg.commands[text]) {
        return restAPI.message.sendMessage(chatId, null, cfg.commands[text]);
      }
      const answer = await reply(chatId, text);
      await restAPI.message.sendMessage(chatId, null, answer);
    } catch (err) {
      console.error('error', err.message);
      await restAPI.message.sendMessage(chatId, null, 'عذرًا، حدث خطأ. حاول مرة أخرى لاحقًا.');
    }
  });

  console.log('مُساعِد يعمل الآن…');
}

main();
