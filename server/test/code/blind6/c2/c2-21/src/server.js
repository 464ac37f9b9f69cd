import express from 'express';
import { enviarMensagem } from './evolution.js';
import { conversar } from './llm.js';

const app = express();
app.use(express.json({ limit: '10mb' }));

const ATENDENTE = process.env.NUMERO_ATENDENTE;
const emAtendimentoHumano = new Set();

app.post('/evolution/webhook', async (req, res) => {
  res.json({ received: true });
  const { event, data } = req.body;
  if (event !== 'messages.upsert' || data?.key?.fromMe) return;

  const numero = data.key.remoteJid.replace('@s.whatsapp.net', '');
  const texto = (data.message?.conversation ?? data.message?.extendedTextMessage?.text ?? '').trim();
  if (!texto) return;

  if (numero === ATENDENTE) return;

  if (/^(atendente|falar com atendente|humano)$/i.test(texto)) {
    emAtendimentoHumano.add(numero);
    await enviarMensagem(ATENDENTE, `👤 ${data.pushName ?? numero} (wa.me/${numero}) pediu atendimento humano.`);
    await enviarMensagem(numero, 'Certo! Um atendente vai continuar a conversa com você por aqui em instantes.');
    return;
  }

  if (emAtendimentoHumano.has(numero)) return;

  const resposta = await conversar(numero, texto);
  await enviarMensagem(numero, resposta);
});

app.listen(3000, () => console.log('webhook na porta 3000'));
