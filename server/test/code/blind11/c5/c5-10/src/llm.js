const axios = require('axios');

async function tanya(system, riwayat) {
  const { data } = await axios.post(
    'https://openrouter.ai/api/v1/chat/completions',
    {
      model: process.env.LLM_MODEL || 'meta-llama/llama-3.1-70b-instruct',
      messages: [{ role: 'system', content: system }, ...riwayat],
      temperature: 0.5,
    },
    { headers: { Authorization: `Bearer ${process.env.OPENROUTER_KEY}`, 'HTTP-Referer': 'https://jelajahnusantara.co.id' } },
  );
  return data.choices[0].message.content;
}

module.exports = { tanya };
