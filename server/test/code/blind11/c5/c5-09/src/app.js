import express from 'express';
import twilio from 'twilio';
import { createClient } from 'redis';
import { chat } from './llm.js';

const app = express();
app.use(express.urlencoded({ extended: false }));

const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const FROM = process.env.TWILIO_WHATSAPP_FROM;               // whatsapp:+34...
const ENCARGADO = process.env.ENCARGADO_WHATSAPP ?? 'whatsapp:+34611482390';
const redis = await createClient({ url: process.env.REDIS_URL }).connect();

async function send(to, body) {
  await tw.messages.create({ from: FROM, to, body });
}

app.post('/whatsapp', async (req, res) => {
  res.type('text/xml').send('<Response/>');
  const from = req.body.From;
  const body = (req.body.Body ?? '').trim();

  if (from === ENCARGADO && body.toUpperCase().startsWith('LIBERAR ')) {
    await redis.del(`humano:whatsapp:${body.split(' ')[1]}`);
    return;
  }
  if (await redis.get(`humano:${from}`)) {
    await send(ENCARGADO, `💬 ${req.body.ProfileName ?? from}: ${body}`);
    return;
  }
  if (/^encargado$/i.test(body)) {
    await redis.set(`humano:${from}`, '1', { EX: 4 * 3600 });
    await send(ENCARGADO, `🔔 ${req.body.ProfileName ?? ''} (${from.replace('whatsapp:', '')}) quiere hablar con el encargado. Respóndele desde el panel de Twilio o llámale.`);
    await send(from, 'Perfecto, aviso ahora mismo al encargado y te contesta él en breve 🙂');
    return;
  }

  const key = `hist:${from}`;
  const history = JSON.parse((await redis.get(key)) ?? '[]');
  history.push({ role: 'user', content: body });
  const out = await chat(history.slice(-14));
  history.push({ role: 'assistant', content: out });
  await redis.set(key, JSON.stringify(history.slice(-14)), { EX: 86400 });

  const lines = out.split('\n');
  const reserva = lines.find((l) => l.startsWith('RESERVA|'));
  if (reserva) {
    const [, nombre, personas, fecha, hora, alergias] = reserva.split('|');
    await fetch(process.env.COVERMANAGER_HOOK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nombre, personas, fecha, hora, alergias, telefono: from }) });
  }
  await send(from, lines.filter((l) => !l.startsWith('RESERVA|')).join('\n').trim());
});

app.listen(process.env.PORT ?? 3000);
