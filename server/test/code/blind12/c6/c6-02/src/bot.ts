import { Client, LocalAuth, Message } from 'whatsapp-web.js';
import qrcode from 'qrcode-terminal';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { MODEL_ID, SYSTEM } from './config';
import { history, remember, forget } from './memory';

const client = new Client({ authStrategy: new LocalAuth({ clientId: 'nova' }), puppeteer: { args: ['--no-sandbox'] } });

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Nova is online'));

client.on('message', async (msg: Message) => {
  if (msg.from.endsWith('@g.us') || msg.type !== 'chat') return;
  const text = msg.body.trim();
  if (text.toLowerCase() === '/reset') {
    forget(msg.from);
    return void msg.reply('Fresh start ✨');
  }
  const chat = await msg.getChat();
  await chat.sendStateTyping();
  try {
    const { text: answer } = await generateText({
      model: openai(MODEL_ID),
      system: SYSTEM,
      messages: [...history(msg.from), { role: 'user', content: text }],
    });
    remember(msg.from, { role: 'user', content: text }, { role: 'assistant', content: answer });
    await msg.reply(answer);
  } catch (err) {
    console.error(err);
    await msg.reply('Something went wrong on my side, try again in a minute.');
  }
});

client.initialize();
