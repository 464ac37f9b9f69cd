import { serve } from '@hono/node-server';
import { GoogleGenAI } from '@google/genai';
import { Hono } from 'hono';
import { escalate } from './chatwoot.js';
import { getSession, saveHistory, setHuman } from './db.js';
import { cfg, systemInstruction } from './prompt.js';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY! });
const app = new Hono();

async function send(to: string, body: string) {
  await fetch(`https://graph.facebook.com/v21.0/${process.env.WA_PHONE_NUMBER_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
  });
}

app.get('/webhook', (c) =>
  c.req.query('hub.verify_token') === process.env.WA_VERIFY_TOKEN ? c.text(c.req.query('hub.challenge') ?? '') : c.text('no', 403));

app.post('/webhook', async (c) => {
  const body = await c.req.json();
  const msg = body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== 'text') return c.text('ok');

  const s = await getSession(msg.from);
  if (s.human_until && s.human_until > new Date()) return c.text('ok'); // 상담원 응대 중

  const history = [...(s.history ?? []), { role: 'user', text: msg.text.body }];
  const res = await ai.models.generateContent({
    model: cfg.model,
    contents: history.map((h) => ({ role: h.role === 'model' ? 'model' : 'user', parts: [{ text: h.text }] })),
    config: { systemInstruction, temperature: 0.5, maxOutputTokens: 500 },
  });
  let answer = res.text ?? '';

  if (answer.includes('<<상담원>>')) {
    answer = `${answer.replace('<<상담원>>', '').trim()}\n\n${cfg.handoffReply}`;
    await escalate(s.chatwoot_conversation_id, `[봇] 상담원 연결 요청 — 마지막 메시지: ${msg.text.body}`);
    await setHuman(msg.from, 24);
  }

  await saveHistory(msg.from, [...history, { role: 'model', text: answer }]);
  await send(msg.from, answer);
  return c.text('ok');
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) });
