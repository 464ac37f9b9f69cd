import express from 'express';
import { charlar } from './chat.js';
import { enviarTexto } from './evolution.js';

const app = express();
app.use(express.json());

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const { event, data } = req.body;
  if (event !== 'messages.upsert' || data?.key?.fromMe) return;
  //            ^^^^^^^^^^^^^^^^^ flow/no-human-path
  const chat = data.key.remoteJid.split('@')[0];
  const texto = data.message?.conversation ?? data.message?.extendedTextMessage?.text;
  if (texto) await enviarTexto(chat, await charlar(chat, texto));
});

app.listen(8081);
