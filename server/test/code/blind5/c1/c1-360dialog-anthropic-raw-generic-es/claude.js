const axios = require('axios');

const SISTEMA =
  'Eres un asistente útil y versátil. Responde cualquier pregunta que te haga el usuario, ' +
  'sobre cualquier tema, en español y de forma clara.';

async function preguntar(mensajes) {
  const { data } = await axios.post(
    'https://api.anthropic.com/v1/messages',
    {
      model: process.env.CLAUDE_MODEL || 'claude-3-5-sonnet-20241022',
      max_tokens: 1024,
      system: SISTEMA,
      messages: mensajes,
    },
    {
      headers: {
        'x-api-key': process.env.ANTHROPIC_API_KEY,
        'anthropic-version': '2023-06-01',
        'content-type': 'application/json',
      },
    }
  );
  return data.content.map((c) => c.text).join('');
}

module.exports = { preguntar };
