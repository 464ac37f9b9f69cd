const axios = require('axios');
const { persona } = require('./persona');

const OPENROUTER = 'https://openrouter.ai/api/v1/chat/completions';

async function gerarResposta(historico, imoveis) {
  const { data } = await axios.post(
    OPENROUTER,
    {
      model: process.env.OR_MODEL || 'openai/gpt-4o-mini',
      messages: [
        { role: 'system', content: `${persona}\n\nIMOVEIS:\n${imoveis}` },
        ...historico,
      ],
    },
    { headers: { Authorization: `Bearer ${process.env.OPENROUTER_KEY}`, 'HTTP-Referer': 'https://casanorteimoveis.com.br' } },
  );
  return data.choices[0].message.content;
}

module.exports = { gerarResposta };
