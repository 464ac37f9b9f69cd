const OpenAI = require('openai');
const SISTEMA = require('./instrucoes');

const openai = new OpenAI();
const conversas = {};

async function responder(chat, texto) {
  const turnos = (conversas[chat] = (conversas[chat] || []).concat({ role: 'user', content: texto }).slice(-8));
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: SISTEMA }].concat(turnos),
  });
  const resposta = r.choices[0].message.content;
  turnos.push({ role: 'assistant', content: resposta });
  return resposta;
}

module.exports = { responder };
