const express = require('express');
const axios = require('axios');
const { atender } = require('./ia');

const app = express();
app.use(express.json({ limit: '5mb' }));

const { EVOLUTION_URL, EVOLUTION_INSTANCE, EVOLUTION_APIKEY } = process.env;

async function enviarTexto(numero, text) {
  await axios.post(
    `${EVOLUTION_URL}/message/sendText/${EVOLUTION_INSTANCE}`,
    { number: numero, text },
    { headers: { apikey: EVOLUTION_APIKEY } }
  );
}

app.post('/webhook/evolution', async (req, res) => {
  res.sendStatus(200);
  const { event, data } = req.body || {};
  if (event !== 'messages.upsert' || !data || data.key?.fromMe) return;
  if (data.key.remoteJid.endsWith('@g.us')) return;

  const texto = data.message?.conversation || data.message?.extendedTextMessage?.text;
  if (!texto) return;

  const numero = data.key.remoteJid.split('@')[0];
  try {
    const respuesta = await atender(numero, texto);
    if (respuesta) await enviarTexto(numero, respuesta);
  } catch (err) {
    console.error('[bot] error', err.message);
  }
});

app.listen(process.env.PORT || 3001);
