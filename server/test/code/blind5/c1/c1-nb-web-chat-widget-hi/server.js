require('dotenv').config();
const express = require('express');
const OpenAI = require('openai');

const app = express();
const openai = new OpenAI();
app.use(express.json());
app.use(express.static('public'));

const SYSTEM = `आप वेबसाइट पर एक चैट सहायक हैं। विज़िटर जो भी पूछे, उसका मददगार और विनम्र जवाब हिंदी में दें।`;

// backend for the floating chat bubble on the website
app.post('/api/chat', async (req, res) => {
  const { messages = [] } = req.body;
  const stream = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    stream: true,
    messages: [{ role: 'system', content: SYSTEM }, ...messages.slice(-10)],
  });
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  for await (const chunk of stream) res.write(chunk.choices[0]?.delta?.content ?? '');
  res.end();
});

app.listen(3000, () => console.log('site on http://localhost:3000'));
