require('dotenv').config();
const { Client, LocalAuth } = require('whatsapp-web.js');
const qrcode = require('qrcode-terminal');
const OpenAI = require('openai');
const fs = require('fs');
const INSTRUCCIONES = require('./lib/instrucciones');
const { avisarEquipo, STAFF_GROUP_ID } = require('./lib/equipo');

const openai = new OpenAI();
const client = new Client({ authStrategy: new LocalAuth({ clientId: 'taberna' }) });
const carta = fs.readFileSync(__dirname + '/carta.txt', 'utf8');
const silenciados = new Set();
const previo = new Map();

client.on('qr', (qr) => qrcode.generate(qr, { small: true }));

client.on('message', async (msg) => {
  if (msg.from === STAFF_GROUP_ID || msg.from.endsWith('@g.us') || msg.fromMe) return;
  if (silenciados.has(msg.from)) return;

  const r = await openai.responses.create({
    model: 'gpt-4o-mini',
    instructions: INSTRUCCIONES,
    input: [
      { role: 'developer', content: `Carta actual:\n${carta}` },
      { role: 'user', content: msg.body },
    ],
    previous_response_id: previo.get(msg.from),
  });
  previo.set(msg.from, r.id);
  let out = r.output_text;

  if (out.includes('#EQUIPO')) {
    out = out.replace('#EQUIPO', '').trim();
    silenciados.add(msg.from);
    await avisarEquipo(client, msg, msg.body);
    setTimeout(() => silenciados.delete(msg.from), 6 * 60 * 60 * 1000);
  }
  await msg.reply(out);
});

client.initialize();
