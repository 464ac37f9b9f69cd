require('dotenv').config();
const axios = require('axios');
const express = require('express');
const { reply } = require('./brain');
const { track } = require('./tracking');

const app = express();
app.use(express.json());

async function sendWA(to, body) {
  await axios.post(
    `https://graph.facebook.com/v20.0/${process.env.META_PHONE_NUMBER_ID}/messages`,
    { messaging_product: 'whatsapp', to, type: 'text', text: { body } },
    { headers: { Authorization: `Bearer ${process.env.META_WA_TOKEN}` } }
  );
}

app.get('/webhook', (req, res) => {
  if (req.query['hub.mode'] === 'subscribe' && req.query['hub.verify_token'] === process.env.META_VERIFY_TOKEN) {
    return res.status(200).send(req.query['hub.challenge']);
  }
  return res.sendStatus(403);
});

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const message = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!message || message.type !== 'text') return;

  let text = message.text.body;
  const waybills = text.match(/\b\d{10}\b/g);
  if (waybills) {
    const info = await Promise.all(waybills.slice(0, 3).map(track));
    text += `\n\n[TRACKING]\n${info.join('\n')}`;
  }
  try {
    await sendWA(message.from, await reply(message.from, text));
  } catch (err) {
    console.error('reply failed', err.message);
  }
});

app.listen(process.env.PORT || 5000, () => console.log('SwiftDrop WA assistant running'));
