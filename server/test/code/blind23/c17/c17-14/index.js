const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { Ollama } = require('ollama');
const { jengaMaelekezo } = require('./lib/maelekezo');

const ollama = new Ollama({ host: process.env.OLLAMA_HOST || 'http://127.0.0.1:11434' });
const MODEL = process.env.OLLAMA_MODEL || 'gemma2:9b';
const mazungumzo = new Map();

const client = new Client({ authStrategy: new LocalAuth({ clientId: 'safari-express' }) });

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Bot iko tayari'));

client.on('message', async (msg) => {
  if (msg.from.endsWith('@g.us') || msg.type !== 'chat') return;

  const historia = mazungumzo.get(msg.from) || [];
  historia.push({ role: 'user', content: msg.body });

  try {
    const res = await ollama.chat({
      model: MODEL,
      messages: [{ role: 'system', content: jengaMaelekezo() }, ...historia.slice(-10)],
      options: { temperature: 0.3 },
    });
    historia.push({ role: 'assistant', content: res.message.content });
    mazungumzo.set(msg.from, historia);
    await msg.reply(res.message.content);
  } catch (e) {
    console.error(e);
    await msg.reply('Samahani, kuna hitilafu kidogo. Tafadhali piga 0722 410 900.');
  }
});

client.initialize();
