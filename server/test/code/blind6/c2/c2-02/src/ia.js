const OpenAI = require('openai');
const { modelo, promptSistema } = require('./config');

const openai = new OpenAI();
const conversas = {};

async function responder(jid, texto) {
  if (!conversas[jid]) conversas[jid] = [];
  const historico = conversas[jid];
  historico.push({ role: 'user', content: texto });
  if (historico.length > 16) historico.splice(0, historico.length - 16);

  const resp = await openai.chat.completions.create({
    model: modelo,
    messages: [{ role: 'system', content: promptSistema }, ...historico],
  });
  const resposta = resp.choices[0].message.content;
  historico.push({ role: 'assistant', content: resposta });
  return resposta;
}

module.exports = { responder };
