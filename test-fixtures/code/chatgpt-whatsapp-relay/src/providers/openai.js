require('dotenv').config();
const OpenAI = require('openai');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

async function askGpt(prompt) {
  const completion = await openai.chat.completions.create({
  //                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
    model: process.env.OPENAI_MODEL || 'gpt-4o-mini',
    messages: [{ role: 'user', content: prompt }],
  });
  return completion.choices[0].message.content;
}

module.exports = { askGpt };
