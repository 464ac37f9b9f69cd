const fs = require('fs');
const path = require('path');
const axios = require('axios');
const OpenAI = require('openai');

const openai = new OpenAI();
const his = axios.create({ baseURL: process.env.BOOKING_API });
const cfgPath = path.join(__dirname, '..', 'config', 'assistant.json');

const TOOL_DEFS = {
  list_slots: {
    description: 'Available appointment slots for a clinic on a date',
    parameters: { type: 'object', properties: { clinic: { type: 'string' }, date: { type: 'string' } }, required: ['clinic', 'date'] },
    run: async (a) => (await his.get('/slots', { params: a })).data,
  },
  book: {
    description: 'Book an appointment slot',
    parameters: { type: 'object', properties: { slot_id: { type: 'string' }, patient_name: { type: 'string' }, national_id: { type: 'string' } }, required: ['slot_id', 'patient_name'] },
    run: async (a, phone) => (await his.post('/appointments', { ...a, phone })).data,
  },
  cancel: {
    description: 'Cancel an appointment by reference',
    parameters: { type: 'object', properties: { ref: { type: 'string' } }, required: ['ref'] },
    run: async (a) => (await his.delete(`/appointments/${a.ref}`)).data,
  },
};

const sessions = new Map();

exports.reply = async (phone, text) => {
  const cfg = JSON.parse(fs.readFileSync(cfgPath, 'utf8'));
  const tools = cfg.tools.map((n) => ({ type: 'function', function: { name: n, description: TOOL_DEFS[n].description, parameters: TOOL_DEFS[n].parameters } }));
  const msgs = sessions.get(phone) || [];
  msgs.push({ role: 'user', content: text });
  const convo = [{ role: 'system', content: cfg.system_prompt }, ...msgs.slice(-12)];

  for (let i = 0; i < 4; i++) {
    const r = await openai.chat.completions.create({ model: cfg.model, temperature: cfg.temperature, messages: convo, tools });
    const m = r.choices[0].message;
    if (!m.tool_calls) {
      msgs.push({ role: 'assistant', content: m.content });
      sessions.set(phone, msgs.slice(-12));
      return m.content;
    }
    convo.push(m);
    for (const c of m.tool_calls) {
      const out = await TOOL_DEFS[c.function.name].run(JSON.parse(c.function.arguments), phone).catch((e) => ({ error: e.message }));
      convo.push({ role: 'tool', tool_call_id: c.id, content: JSON.stringify(out) });
    }
  }
  return cfg.fallback_reply;
};
