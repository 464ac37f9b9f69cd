const express = require('express');
const OpenAI = require('openai');
const { sendText, giveToCoach } = require('./services/wati');

const app = express();
app.use(express.json());
const openai = new OpenAI();

const PROMPT =
  'You are the front desk of IronWorks Gym in Manchester. Answer only about memberships, class times, ' +
  'personal training and the gym facilities. For other subjects say you can only help with the gym.';

app.post('/wati', async (req, res) => {
  res.sendStatus(200);
  const { waId, text } = req.body;
  if (/\b(coach|human|person)\b/i.test(text || '')) {
    await giveToCoach(waId);
    return sendText(waId, 'A coach will pick up this chat shortly.');
  }
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: PROMPT },
      { role: 'user', content: text },
    ],
  });
  await sendText(waId, r.choices[0].message.content);
});

app.listen(3000);
