require('dotenv').config();
const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { preguntar } = require('./lib/gemini');

const client = new Client({ authStrategy: new LocalAuth() });
const historiales = {};

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));
client.on('ready', () => console.log('Bot listo ✔'));

client.on('message', async (msg) => {
  const texto = msg.body || '';

  if (texto === '!ayuda') {
    return msg.reply('Comandos:\n!ia <pregunta> — pregúntale lo que quieras a la IA\n!borrar — borra tu historial');
  }

  if (texto === '!borrar') {
    delete historiales[msg.from];
    return msg.reply('Historial borrado 🗑️');
  }

  if (texto.startsWith('!ia ')) {
    const pregunta = texto.slice(4).trim();
    historiales[msg.from] = historiales[msg.from] || [];
    try {
      const respuesta = await preguntar(historiales[msg.from], pregunta);
      await msg.reply(respuesta);
    } catch (e) {
      console.error(e);
      await msg.reply('Error consultando a Gemini 😵');
    }
  }
});

client.initialize();
