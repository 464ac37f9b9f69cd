require('dotenv').config();
const { Client, LocalAuth, MessageMedia } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { complete, imagine } = require('./lib/ai');

const PREFIX = process.env.PREFIX || '!gpt ';
const IMG_PREFIX = '!img ';

const client = new Client({ authStrategy: new LocalAuth() });
client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('bot ready'));

client.on('message_create', async (msg) => {
  const body = (msg.body || '').trim();
  try {
    if (body.startsWith(PREFIX)) {
      const question = body.slice(PREFIX.length);
      const chat = await msg.getChat();
      chat.sendStateTyping();
      const answer = await complete(question);
      await msg.reply(answer);
    } else if (body.startsWith(IMG_PREFIX)) {
      const url = await imagine(body.slice(IMG_PREFIX.length));
      const media = await MessageMedia.fromUrl(url, { unsafeMime: true });
      await client.sendMessage(msg.from, media);
    }
  } catch (e) {
    console.error(e);
    msg.reply('⚠️ error, try again');
  }
});

client.initialize();
