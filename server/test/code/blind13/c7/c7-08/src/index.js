import pkg from 'whatsapp-web.js';
import qrcode from 'qrcode-terminal';
import OpenAI from 'openai';
import { config } from './config.js';

const { Client, LocalAuth } = pkg;
const openai = new OpenAI();
const client = new Client({
  authStrategy: new LocalAuth(),
  puppeteer: { args: ['--no-sandbox'] },
});
const threads = new Map();

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('wa-gpt is ready'));

client.on('message', async (msg) => {
  const chat = await msg.getChat();
  if (chat.isGroup && !config.allowGroups) return;
  let text = msg.body;
  if (config.prefix) {
    if (!text.startsWith(config.prefix)) return;
    text = text.slice(config.prefix.length).trim();
  }
  if (text === '/reset') {
    threads.delete(msg.from);
    return msg.reply('Conversation cleared.');
  }

  const history = threads.get(msg.from) ?? [];
  history.push({ role: 'user', content: text });
  chat.sendStateTyping();

  const completion = await openai.chat.completions.create({
    model: config.model,
    messages: [{ role: 'system', content: config.systemPrompt }, ...history.slice(-config.maxHistory)],
  });
  const answer = completion.choices[0].message.content;
  history.push({ role: 'assistant', content: answer });
  threads.set(msg.from, history);
  await msg.reply(answer);
});

client.initialize();
