import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { responderSocio, conHumano } from './agente.js';

const { EVOLUTION_URL, EVOLUTION_INSTANCE, EVOLUTION_API_KEY } = process.env;

async function enviarTexto(numero: string, text: string) {
  await fetch(`${EVOLUTION_URL}/message/sendText/${EVOLUTION_INSTANCE}`, {
    method: 'POST',
    headers: { apikey: EVOLUTION_API_KEY!, 'Content-Type': 'application/json' },
    body: JSON.stringify({ number: numero, text }),
  });
}

const app = new Hono();

app.post('/evolution/webhook', async (c) => {
  const payload = await c.req.json();
  if (payload.event !== 'messages.upsert') return c.json({ ignored: true });

  const { key, message } = payload.data ?? {};
  if (!key || key.fromMe || key.remoteJid?.endsWith('@g.us')) return c.json({ ignored: true });

  const numero = key.remoteJid.split('@')[0];
  const texto: string | undefined = message?.conversation ?? message?.extendedTextMessage?.text;
  if (!texto || conHumano.has(numero)) return c.json({ ok: true });

  const respuesta = await responderSocio(numero, texto);
  if (respuesta) await enviarTexto(numero, respuesta);
  return c.json({ ok: true });
});

serve({ fetch: app.fetch, port: 3001 });
