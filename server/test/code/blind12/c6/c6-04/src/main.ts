import Fastify from 'fastify';
import { GoogleGenAI } from '@google/genai';
import { instrucciones } from './instrucciones.js';
import { enviarTexto } from './evolution.js';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY! });
const chats = new Map<string, ReturnType<typeof ai.chats.create>>();
const app = Fastify({ logger: true });

function chatPara(numero: string) {
  let c = chats.get(numero);
  if (!c) {
    c = ai.chats.create({ model: 'gemini-2.0-flash', config: { systemInstruction: instrucciones, temperature: 0.4 } });
    chats.set(numero, c);
  }
  return c;
}

app.post('/webhook/evolution', async (req, reply) => {
  const body: any = req.body;
  if (body?.event !== 'messages.upsert') return reply.send({ ok: true });
  const data = body.data;
  if (data?.key?.fromMe || data?.key?.remoteJid?.endsWith('@g.us')) return reply.send({ ok: true });
  const texto: string | undefined = data?.message?.conversation ?? data?.message?.extendedTextMessage?.text;
  if (!texto) return reply.send({ ok: true });

  const numero = data.key.remoteJid.split('@')[0];
  const resp = await chatPara(numero).sendMessage({ message: texto });
  await enviarTexto(numero, resp.text ?? 'Perdón, ¿me lo repites?');
  return reply.send({ ok: true });
});

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
