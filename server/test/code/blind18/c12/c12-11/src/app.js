const express = require('express');
const { sendText, markRead } = require('./whatsapp');
const { reply } = require('./assistant');

const app = express();
app.use(express.json());

app.get('/webhook', (req, res) => {
  if (req.query['hub.verify_token'] === process.env.VERIFY_TOKEN) return res.send(req.query['hub.challenge']);
  res.sendStatus(403);
});

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const msg = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== 'text') return;
  await markRead(msg.id).catch(() => {});
  try {
    await sendText(msg.from, await reply(msg.from, msg.text.body));
  } catch (e) {
    console.error(e.response?.data || e);
  }
});

app.listen(process.env.PORT || 8080);
