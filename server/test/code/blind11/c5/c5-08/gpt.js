const OpenAI = require('openai');
const { persona } = require('./persona');

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const historicos = {};

async function responder(contato, nomeContato, texto) {
  if (!historicos[contato]) {
    historicos[contato] = [{ role: 'system', content: persona + (nomeContato ? `\nA pessoa se chama ${nomeContato}.` : '') }];
  }
  const h = historicos[contato];
  h.push({ role: 'user', content: texto });
  if (h.length > 25) h.splice(1, h.length - 25);

  const r = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: h, temperature: 0.9 });
  const resposta = r.choices[0].message.content;
  h.push({ role: 'assistant', content: resposta });
  return resposta;
}

module.exports = { responder };
