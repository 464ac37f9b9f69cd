const express = require('express');
const { answer } = require('../services/ada');
const { sendText } = require('../services/whatsapp');

const router = express.Router();

router.get('/', (req, res) => {
  const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = req.query;
  if (mode === 'subscribe' && token === process.env.VERIFY_TOKEN) return res.status(200).send(challenge);
  res.sendStatus(403);
});

router.post('/', async (req, res) => {
  res.sendStatus(200);
  const msg = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== 'text') return;
  try {
    const reply = await answer(msg.from, msg.text.body);
    await sendText(msg.from, reply);
  } catch (err) {
    console.error('webhook error', err.response?.data || err.message);
  }
});

module.exports = router;
