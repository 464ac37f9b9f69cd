const Groq = require('groq-sdk');
const cfg = require('../config/assistant.json');

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const SYSTEM = cfg.system_prompt.join('\n');
const memory = new Map();

async function reply(chatId, text) {
  const hist = memory.get(chatId) || [];
  hist.push({ role: 'user', content: text });
  const completion = await groq.chat.completions.create({
    model: cfg.model,
    temperature: cfg.temperature,
    messages: [{ role: 'system', content: SYSTEM }, ...hist.slice(-cfg.max_history)],
  });
  const answer = completion.choices[0].message.content;
  hist.push({ role: 'assistant', content: answer });
  memory.set(chatId, hist);
  return answer;
}

function reset(chatId) {
  memory.delete(chatId);
}

module.exports = { reply, reset };
