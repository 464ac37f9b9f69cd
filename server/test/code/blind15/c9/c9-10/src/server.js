import express from 'express';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { chain, cartera } from './chain.js';
import { enviarTexto } from './evolution.js';

const app = express();
app.use(express.json({ limit: '5mb' }));
const historiales = new Map();

app.post('/webhook/evolution', async (req, res) => {
  res.sendStatus(200);
  const { event, data } = req.body;
  if (event !== 'messages.upsert' || data?.key?.fromMe) return;
  const jid = data.key.remoteJid;
  const texto = data.message?.conversation ?? data.message?.extendedTextMessage?.text;
  if (!texto || jid.endsWith('@g.us')) return;

  const historial = historiales.get(jid) ?? [];
  const out = await chain.invoke({ historial, mensaje: texto, cartera: await cartera() });
  historial.push(new HumanMessage(texto), new AIMessage(out.content));
  historiales.set(jid, historial.slice(-12));
  await enviarTexto(jid.split('@')[0], out.content);
});

app.listen(process.env.PORT ?? 4000);
