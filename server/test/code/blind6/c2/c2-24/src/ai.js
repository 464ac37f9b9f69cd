const OpenAI = require('openai');
const SYSTEM = require('./prompt');

const openai = new OpenAI();
const memory = {};

module.exports.reply = async function reply(from, text) {
  memory[from] = (memory[from] || []).concat({ role: 'user', content: text }).slice(-10);
  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: SYSTEM }].concat(memory[from]),
    temperature: 0.3,
  });
  const answer = out.choices[0].message.content;
  memory[from].push({ role: 'assistant', content: answer });
  return answer;
};
