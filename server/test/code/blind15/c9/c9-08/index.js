require('dotenv').config();
const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { cevapla, sifirla } = require('./lib/gpt');

const client = new Client({ authStrategy: new LocalAuth() });

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Zeki hazır ✅'));

client.on('message', async (msg) => {
  if (msg.isStatus || msg.from.endsWith('@g.us')) return;
  const metin = msg.body.trim();
  if (metin === '/sifirla') {
    sifirla(msg.from);
    return msg.reply('Sohbet geçmişi silindi 🧹');
  }
  try {
    const cevap = await cevapla(msg.from, metin);
    await msg.reply(cevap);
  } catch (e) {
    console.error(e);
    await msg.reply('Şu an cevap veremiyorum, birazdan tekrar dene 🙏');
  }
});

client.initialize();
