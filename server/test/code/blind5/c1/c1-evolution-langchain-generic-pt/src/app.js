import Fastify from 'fastify';
import { conversar } from './llm.js';

const fastify = Fastify({ logger: true });
const { EVOLUTION_API_URL, EVOLUTION_INSTANCE, EVOLUTION_APIKEY } = process.env;

async function enviar(numero, text) {
  await fetch(`${EVOLUTION_API_URL}/message/sendText/${EVOLUTION_INSTANCE}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', apikey: EVOLUTION_APIKEY },
    body: JSON.stringify({ number: numero, text, delay: 1200 }),
  });
}

fastify.post('/webhook/messages-upsert', async (request) => {
  const { data } = request.body;
  if (!data || data.key?.fromMe) return { ok: true };

  const numero = data.key.remoteJid.replace('@s.whatsapp.net', '');
  const texto = data.message?.conversation || data.message?.extendedTextMessage?.text;
  if (!texto) return { ok: true };

  const resposta = await conversar(numero, texto);
  await enviar(numero, resposta);
  return { ok: true };
});

fastify.listen({ port: 3333, host: '0.0.0.0' });
