const OpenAI = require('openai');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

async function complete(question) {
  const res = await openai.chat.completions.create({
    model: process.env.MODEL || 'gpt-4o-mini',
    messages: [{ role: 'user', content: question }],
    max_tokens: 800,
  });
  return res.choices[0].message.content;
}

async function imagine(prompt) {
  const img = await openai.images.generate({ model: 'dall-e-3', prompt, n: 1, size: '1024x1024' });
  return img.data[0].url;
}

module.exports = { complete, imagine };
