require('dotenv').config();
const fs = require('fs');
const path = require('path');
const axios = require('axios');
const express = require('express');
const { sendText } = require('./gupshup');
const { handoffToAgent } = require('./handoff');

const SYSTEM = fs.readFileSync(path.join(__dirname, '..', 'prompts', 'system.hi.txt'), 'utf8');
const app = express();
app.use(express.json());

const sessions = new Map();

async function askOpenAI(history) {
  const { data } = await axios.post(
    'https://api.openai.com/v1/chat/completions',
    { model: 'gpt-4o-mini', temperature: 0.2, messages: [{ role: 'system', content: SYSTEM }, ...history] },
    { headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` }, timeout: 30000 }
  );
  return data.choices[0].message.content;
}

app.post('/gupshup/inbound', async (req, res) => {
  res.sendStatus(200);
  const ev = req.body;
  if (ev.type !== 'message' || ev.payload?.type !== 'text') return;

  const phone = ev.payload.source;
  const text = ev.payload.payload.text;
  const history = sessions.get(phone) || [];
  history.push({ role: 'user', content: text });

  let reply;
  try {
    reply = await askOpenAI(history.slice(-10));
  } catch (err) {
    console.error(err.message);
    return sendText(phone, 'माफ़ कीजिए, अभी तकनीकी दिक्कत है। थोड़ी देर में फिर से मैसेज करें।');
  }

  if (reply.includes('[HANDOFF]')) {
    reply = reply.replace('[HANDOFF]', '').trim() + '\n\nहमारी टीम का कोई सदस्य जल्द ही आपसे संपर्क करेगा। 🙏';
    handoffToAgent(phone, text);
  }

  history.push({ role: 'assistant', content: reply });
  sessions.set(phone, history.slice(-20));
  await sendText(phone, reply);
});

app.listen(process.env.PORT || 3000, () => console.log('sheetal bot listening'));
