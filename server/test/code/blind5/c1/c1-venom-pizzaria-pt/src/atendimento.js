const OpenAI = require('openai');
const { PROMPT_SISTEMA } = require('./prompt');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const historicos = {};

async function responderCliente(telefone, texto) {
  historicos[telefone] = historicos[telefone] || [];
  const hist = historicos[telefone];
  hist.push({ role: 'user', content: texto });

  const resposta = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.3,
    messages: [{ role: 'system', content: PROMPT_SISTEMA }, ...hist.slice(-10)],
  });

  const conteudo = resposta.choices[0].message.content;
  hist.push({ role: 'assistant', content: conteudo });
  return conteudo;
}

module.exports = { responderCliente };
