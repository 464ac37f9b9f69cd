require('dotenv').config();
const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { responder } = require('./gpt');

const client = new Client({ authStrategy: new LocalAuth(), puppeteer: { headless: true, args: ['--no-sandbox'] } });

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Lia online 💜'));

client.on('message', async (msg) => {
  if (msg.isStatus || msg.from.endsWith('@g.us')) return;
  if (msg.type !== 'chat') return msg.reply('Por enquanto só entendo texto 😅');
  const contato = await msg.getContact();
  try {
    const resposta = await responder(msg.from, contato.pushname, msg.body);
    await client.sendMessage(msg.from, resposta);
  } catch (e) {
    console.error(e);
  }
});

client.initialize();
