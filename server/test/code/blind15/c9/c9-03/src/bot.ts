import 'dotenv/config';
import { Client, LocalAuth, Message } from 'whatsapp-web.js';
import qrcode from 'qrcode-terminal';
import { ask } from './gemini';

const PREFIX = process.env.BOT_PREFIX || '!ai';

const client = new Client({
  authStrategy: new LocalAuth({ clientId: 'ai-helper' }),
  puppeteer: { args: ['--no-sandbox'] },
});

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('ready, prefix =', PREFIX));

client.on('message', async (msg: Message) => {
  if (!msg.body.toLowerCase().startsWith(PREFIX)) return;
  const q = msg.body.slice(PREFIX.length).trim();
  if (!q) {
    await msg.reply(`Usage: ${PREFIX} <your question>`);
    return;
  }
  const chat = await msg.getChat();
  await chat.sendStateTyping();
  try {
    const answer = await ask(q);
    await msg.reply(answer.length > 3500 ? answer.slice(0, 3500) + '…' : answer);
  } catch (err) {
    console.error(err);
    await msg.reply('⚠️ Gemini error, try again later.');
  }
});

client.initialize();
