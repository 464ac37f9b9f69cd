// Called by our WhatsApp provider's webhook through a serverless function; no library in sight.
//^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/no-human-path
const axios = require('axios');

const OPENAI_URL = 'https://api.openai.com/v1/chat/completions';

module.exports = async function relay(event) {
  const payload = {
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Eres un asistente útil. Responde cualquier pregunta sobre cualquier tema.' },
//                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
      { role: 'user', content: event.text },
    ],
  };
  const { data } = await axios.post(OPENAI_URL, payload, { headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` } });
  return data.choices[0].message.content;
};
