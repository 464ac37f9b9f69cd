require('dotenv').config();
const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const OpenAI = require('openai');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const MAX_HISTORY = parseInt(process.env.MAX_HISTORY || '20', 10);

const client = new Client({
  authStrategy: new LocalAuth(),
  puppeteer: { args: ['--no-sandbox', '--disable-setuid-sandbox'] },
});

// per-contact conversation memory
const conversations = new Map();

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('✅ ChatGPT bot is ready, scan done.'));

client.on('message', async (msg) => {
  if (msg.fromMe || msg.from.endsWith('@g.us') || msg.from === 'status@broadcast') return;

  if (msg.body.trim() === '/reset') {
    conversations.delete(msg.from);
    return msg.reply('🧹 Conversation cleared. Ask me anything!');
  }

  const history = conversations.get(msg.from) || [];
  history.push({ role: 'user', content: msg.body });

  try {
    const chat = await msg.getChat();
    await chat.sendStateTyping();

    const completion = await openai.chat.completions.create({
      model: process.env.OPENAI_MODEL || 'gpt-4o-mini',
      messages: history.slice(-MAX_HISTORY),
    });

    const answer = completion.choices[0].message.content.trim();
    history.push({ role: 'assistant', content: answer });
    conversations.set(msg.from, history);
    await msg.reply(answer);
  } catch (err) {
    console.error(err);
    await msg.reply('⚠️ Something went wrong talking to ChatGPT, try again.');
  }
});

client.initialize();
