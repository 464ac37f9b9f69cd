import 'dotenv/config';
import { Client, LocalAuth, Message } from 'whatsapp-web.js';
import qrcode from 'qrcode-terminal';
import { ask, forget } from './ai';

const TRIGGER = process.env.TRIGGER || '!gpt';

const client = new Client({
  authStrategy: new LocalAuth({ clientId: 'zapgpt' }),
  puppeteer: { args: ['--no-sandbox'] },
});

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('[zapgpt] ready'));

client.on('message', async (msg: Message) => {
  if (msg.from === 'status@broadcast') return;
  const body = msg.body.trim();

  if (body === `${TRIGGER} reset`) {
    forget(msg.from);
    await msg.reply('Memory cleared ✅');
    return;
  }

  if (!body.startsWith(TRIGGER)) return;
  const question = body.slice(TRIGGER.length).trim();
  if (!question) {
    await msg.reply(`Usage: ${TRIGGER} <your question>`);
    return;
  }

  const chat = await msg.getChat();
  await chat.sendStateTyping();
  try {
    const answer = await ask(msg.from, question);
    await msg.reply(answer);
  } catch (err) {
    console.error(err);
    await msg.reply('Something went wrong, try again in a minute.');
  }
});

client.initialize();
