import express from 'express';
import Groq from 'groq-sdk';
import twilio from 'twilio';
import { SYSTEM_PROMPT, MODEL, ADMIN_WA } from './config.js';
import { panggilAdmin, sedangDilayaniAdmin, selesai } from './admin.js';

const { MessagingResponse } = twilio.twiml;
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const riwayat = new Map();
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/twilio/whatsapp', async (req, res) => {
  const { Body = '', From, ProfileName } = req.body;
  const twiml = new MessagingResponse();
  const teks = Body.trim();

  if (From === ADMIN_WA && /^SELESAI\s+\+?\d+/i.test(teks)) {
    selesai(teks.split(/\s+/)[1]);
    return res.type('text/xml').send(twiml.toString());
  }
  if (sedangDilayaniAdmin.has(From)) return res.type('text/xml').send(twiml.toString());
  if (/^admin$/i.test(teks)) {
    await panggilAdmin(From, ProfileName, teks);
    twiml.message('Siap kak, admin kami segera balas di chat ini ya 🙏');
    return res.type('text/xml').send(twiml.toString());
  }

  const h = riwayat.get(From) ?? [];
  h.push({ role: 'user', content: teks });
  const out = await groq.chat.completions.create({
    model: MODEL,
    messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...h.slice(-10)],
    temperature: 0.5,
  });
  const jawab = out.choices[0]?.message?.content ?? 'Maaf kak, coba ulangi ya.';
  h.push({ role: 'assistant', content: jawab });
  riwayat.set(From, h);
  twiml.message(jawab);
  res.type('text/xml').send(twiml.toString());
});

app.listen(process.env.PORT || 3000);
