import express from 'express';
import axios from 'axios';
import { route } from './intents/router';
import { enHumano } from './services/chatwoot';

const app = express();
app.use(express.json({ limit: '2mb' }));

const EVO = process.env.EVOLUTION_URL!;
const INSTANCE = process.env.EVOLUTION_INSTANCE ?? 'ferrelapaz';

async function enviar(numero: string, text: string) {
  await axios.post(`${EVO}/message/sendText/${INSTANCE}`, { number: numero, text }, {
    headers: { apikey: process.env.EVOLUTION_API_KEY! },
  });
}

app.post('/evolution/webhook', async (req, res) => {
  res.sendStatus(200);
  const { event, data } = req.body;
  if (event !== 'messages.upsert' || data?.key?.fromMe) return;
  const numero = String(data.key.remoteJid).split('@')[0];
  if (enHumano.has(numero)) return;
  const texto = data.message?.conversation ?? data.message?.extendedTextMessage?.text;
  if (!texto) return;
  const r = await route(numero, texto, data.pushName ?? 'Cliente');
  if (r) await enviar(numero, r);
});

app.listen(3001, () => console.log('bot ferretería en :3001'));
