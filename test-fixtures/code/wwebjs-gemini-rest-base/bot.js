const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const { perguntar } = require('./lib/llm');

const client = new Client({ authStrategy: new LocalAuth({ clientId: 'zap-gemini' }) });
const turnos = new Map();

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));

client.on('message', async (msg) => {
//     ^^ flow/no-human-path
  const texto = (msg.body || '').trim();
  if (!texto.startsWith('/gpt ')) return;
  const historico = turnos.get(msg.from) ?? [];
  const resposta = await perguntar(historico, texto.slice(5));
  historico.push({ role: 'model', parts: [{ text: resposta }] });
  turnos.set(msg.from, historico.slice(-12));
  await msg.reply(resposta);
});

client.initialize();
