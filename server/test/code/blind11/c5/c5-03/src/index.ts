import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { generateText, type CoreMessage } from 'ai';
import { openai } from '@ai-sdk/openai';
import { SYSTEM_PROMPT } from './lib/prompt.js';
import { sendWhatsAppText } from './lib/whatsapp.js';
import { buscarHoras, reservarHora } from './tools/agenda.js';

const app = new Hono();
const sessions = new Map<string, CoreMessage[]>();

app.get('/webhook', (c) => {
  const q = c.req.query();
  if (q['hub.mode'] === 'subscribe' && q['hub.verify_token'] === process.env.WA_VERIFY_TOKEN) {
    return c.text(q['hub.challenge'] ?? '');
  }
  return c.text('forbidden', 403);
});

app.post('/webhook', async (c) => {
  const body = await c.req.json();
  const msg = body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== 'text') return c.text('ok');

  const from: string = msg.from;
  const history = sessions.get(from) ?? [];
  history.push({ role: 'user', content: msg.text.body });

  const { text, response } = await generateText({
    model: openai('gpt-4o-mini'),
    system: SYSTEM_PROMPT,
    messages: history.slice(-16),
    tools: { buscarHoras, reservarHora },
    maxSteps: 4,
  });

  history.push(...response.messages);
  sessions.set(from, history.slice(-16));
  await sendWhatsAppText(from, text);
  return c.text('ok');
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) });
