const fs = require('fs');
const path = require('path');
const Groq = require('groq-sdk');

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
let SYSTEM = fs.readFileSync(path.join(__dirname, '..', 'prompts', 'system.txt'), 'utf8');
process.on('SIGHUP', () => {
  SYSTEM = fs.readFileSync(path.join(__dirname, '..', 'prompts', 'system.txt'), 'utf8');
  console.log('prompt reloaded');
});

const tools = [
  {
    type: 'function',
    function: {
      name: 'track',
      description: 'Статус отправления по трек-номеру',
      parameters: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] },
    },
  },
];

async function track(code) {
  const r = await fetch(`${process.env.TRACKING_API}/shipments/${encodeURIComponent(code)}`);
  if (!r.ok) return JSON.stringify({ error: 'not_found' });
  const s = await r.json();
  return JSON.stringify({ status: s.status, courier_eta: s.eta, city: s.city });
}

const history = new Map();

async function answer(chatId, text) {
  const msgs = history.get(chatId) || [];
  msgs.push({ role: 'user', content: text });
  const base = [{ role: 'system', content: SYSTEM }, ...msgs.slice(-12)];

  let res = await groq.chat.completions.create({ model: process.env.GROQ_MODEL, messages: base, tools });
  let m = res.choices[0].message;
  if (m.tool_calls) {
    base.push(m);
    for (const c of m.tool_calls) {
      const { code } = JSON.parse(c.function.arguments);
      base.push({ role: 'tool', tool_call_id: c.id, content: await track(code) });
    }
    res = await groq.chat.completions.create({ model: process.env.GROQ_MODEL, messages: base });
    m = res.choices[0].message;
  }
  msgs.push({ role: 'assistant', content: m.content });
  history.set(chatId, msgs.slice(-12));
  return m.content;
}

module.exports = { answer };
