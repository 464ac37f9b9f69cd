import express from 'express';
import OpenAI from 'openai';
import { readFile } from 'node:fs/promises';
import { sendSessionMessage, addTag, assignTeam } from './wati.js';

const cfg = JSON.parse(await readFile(new URL('../config/bot.config.json', import.meta.url), 'utf8'));
const openai = new OpenAI();
const app = express();
app.use(express.json());
const handedOff = new Set();

app.post('/wati/webhook', async (req, res) => {
  res.sendStatus(200);
  const { waId, text, eventType, owner } = req.body;
  if (eventType !== 'message' || owner || !text || handedOff.has(waId)) return;

  const c = await openai.chat.completions.create({
    model: cfg.model,
    messages: [{ role: 'system', content: cfg.system_prompt }, { role: 'user', content: text }],
  });
  let out = c.choices[0].message.content ?? '';
  if (out.includes(cfg.handoff.marker)) {
    out = out.replaceAll(cfg.handoff.marker, '').trim();
    handedOff.add(waId);
    await addTag(waId, cfg.handoff.wati_tag);
    await assignTeam(waId, cfg.handoff.team);
    await sendSessionMessage(waId, out ? `${out}\n\n${cfg.handoff.reply}` : cfg.handoff.reply);
    return;
  }
  await sendSessionMessage(waId, out);
});

app.listen(3000);
