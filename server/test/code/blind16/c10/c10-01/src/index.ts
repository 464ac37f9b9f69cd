import { Client, LocalAuth, Message } from 'whatsapp-web.js';
import qrcode from 'qrcode-terminal';
import OpenAI from 'openai';
import { config } from './config';
import { push, history, reset } from './memory';

const openai = new OpenAI();
const client = new Client({ authStrategy: new LocalAuth(), puppeteer: { args: ['--no-sandbox'] } });

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('client ready'));

client.on('message', async (msg: Message) => {
  if (msg.fromMe || msg.from.endsWith('@g.us') || msg.type !== 'chat') return;
  const text = msg.body.trim();
  if (text.toLowerCase() === '/reset') {
    reset(msg.from);
    await msg.reply('Conversation cleared ✅');
    return;
  }
  push(msg.from, { role: 'user', content: text }, config.historyTurns);
  try {
    const chat = await msg.getChat();
    await chat.sendStateTyping();
    const res = await openai.chat.completions.create({
      model: config.model,
      messages: [{ role: 'system', content: config.systemPrompt }, ...history(msg.from)],
      temperature: 0.7,
    });
    const answer = res.choices[0]?.message?.content?.trim() || '...';
    push(msg.from, { role: 'assistant', content: answer }, config.historyTurns);
    await msg.reply(answer);
  } catch (err) {
    console.error(err);
    await msg.reply('Something went wrong, try again in a minute.');
  }
});

client.initialize();
