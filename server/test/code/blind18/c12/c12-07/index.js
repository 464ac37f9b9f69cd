require('dotenv').config();
const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const OpenAI = require('openai');
const SYSTEM_PROMPT = require('./prompt');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const client = new Client({
  authStrategy: new LocalAuth(),
  puppeteer: { args: ['--no-sandbox'] },
});

const chats = {};
const usage = {};
const LIMIT = parseInt(process.env.DAILY_LIMIT || '40', 10);

function today() {
  return new Date().toISOString().slice(0, 10);
}

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Dost AI ready hai!'));

client.on('message', async (msg) => {
  if (msg.from.includes('@g.us') || msg.type !== 'chat') return;

  const key = `${msg.from}:${today()}`;
  usage[key] = (usage[key] || 0) + 1;
  if (usage[key] > LIMIT) {
    return msg.reply('Aaj ka free limit khatam 😅 Kal phir milte hain!');
  }

  if (msg.body.toLowerCase() === 'reset') {
    delete chats[msg.from];
    return msg.reply('Nayi baat shuru karte hain 👍');
  }

  chats[msg.from] = chats[msg.from] || [];
  chats[msg.from].push({ role: 'user', content: msg.body });

  try {
    const chat = await msg.getChat();
    await chat.sendStateTyping();
    const res = await openai.chat.completions.create({
      model: process.env.MODEL || 'gpt-4o-mini',
      messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...chats[msg.from].slice(-10)],
    });
    const answer = res.choices[0].message.content;
    chats[msg.from].push({ role: 'assistant', content: answer });
    await msg.reply(answer);
  } catch (e) {
    console.error(e);
    msg.reply('Kuch gadbad ho gayi, thodi der baad try karo 🙏');
  }
});

client.initialize();
