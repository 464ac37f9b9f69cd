import express from 'express';
import OpenAI from 'openai';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sendSessionMessage, assignOperator } from './wati.js';

const cfg = parse(readFileSync(new URL('../prompts/assistant.yaml', import.meta.url), 'utf8'));
const openai = new OpenAI();
const app = express();
app.use(express.json());

const CLAIMS_QUEUE = process.env.WATI_CLAIMS_OPERATOR ?? 'claims.team@harbourline.co.nz';
const threads = new Map();

app.post('/wati/webhook', async (req, res) => {
  res.sendStatus(200);
  const { eventType, waId, text, owner, assignedId } = req.body;
  if (eventType !== 'message' || owner || assignedId) return;   // already with an operator
  if (!text) return;

  const h = threads.get(waId) ?? [];
  h.push({ role: 'user', content: text });
  const r = await openai.chat.completions.create({
    model: cfg.model,
    temperature: cfg.temperature,
    messages: [{ role: 'system', content: cfg.system }, ...h.slice(-20)],
  });
  let out = r.choices[0].message.content ?? '';
  h.push({ role: 'assistant', content: out });
  threads.set(waId, h);

  if (out.includes('[[HUMAN]]')) {
    out = out.replace('[[HUMAN]]', '').trim() || 'A claims specialist will pick up this chat shortly.';
    await sendSessionMessage(waId, out);
    await assignOperator(waId, CLAIMS_QUEUE);
    threads.delete(waId);
    return;
  }
  await sendSessionMessage(waId, out);
});

app.listen(process.env.PORT ?? 5050);
