const express = require('express');
const fetch = require('node-fetch');
const cfg = require('../bot.config.json');
const { jawab } = require('./llm');

const app = express();
app.use(express.json());
const chats = new Map();

async function isPremium(phone) {
  try {
    const r = await fetch(`${cfg.premium_lookup_url}/${phone}`);
    if (!r.ok) return false;
    const s = await r.json();
    return s.plan === 'PREMIUM' && s.active;
  } catch {
    return false;
  }
}

async function sendText(chatId, text) {
  await fetch(`${cfg.waha.url}/api/sendText`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.WAHA_API_KEY || '' },
    body: JSON.stringify({ session: cfg.waha.session, chatId, text }),
  });
}

app.post('/waha/events', async (req, res) => {
  res.json({ ok: true });
  const { event, payload } = req.body;
  if (event !== 'message' || payload.fromMe || !payload.body) return;
  if (payload.from.endsWith('@g.us')) return;

  const phone = payload.from.replace('@c.us', '');
  const h = chats.get(payload.from) || [];
  h.push({ role: 'user', content: payload.body });
  const reply = await jawab(h.slice(-10), await isPremium(phone));
  h.push({ role: 'assistant', content: reply });
  chats.set(payload.from, h);
  await sendText(payload.from, reply);
});

app.listen(8088, () => console.log('GyanPath Saathi listening on 8088'));
